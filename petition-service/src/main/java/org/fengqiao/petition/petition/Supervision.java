package org.fengqiao.petition.petition;

import java.time.Instant;
import java.time.LocalDate;

/** 督办: the supervisor told a unit to respond by a date. */
record Supervision(Instant at, String by, String unit, LocalDate responseDueAt, String reason) {
}
