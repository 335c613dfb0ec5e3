package org.fengqiao.mediation.dispute;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A day something happened (a term performed, an application filed). */
record DateRequest(@NotNull LocalDate on) {
}
