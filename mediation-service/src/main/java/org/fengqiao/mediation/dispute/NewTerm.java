package org.fengqiao.mediation.dispute;

import java.time.LocalDate;

/** A term as agreed: what, by whom, by when. */
record NewTerm(String description, String responsibleParty, LocalDate dueDate) {
}
