package org.fengqiao.petition.petition;

import java.util.List;

/** 超期: one unit's overdue petitions, oldest deadline first. */
record OverdueUnit(String unit, int count, List<PetitionSummary> petitions) {
}
