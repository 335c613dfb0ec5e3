package org.fengqiao.petition.petition;

import java.util.List;

/** A page of petitions; {@code next} is the {@code after} value of the next page, {@code null} on the last. */
record PetitionPage(List<PetitionSummary> items, String next) {
}
