package org.fengqiao.mediation.dispute;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 不履行: the day a term was found not performed, and what was found. */
record BreachRequest(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String reason) {
}
