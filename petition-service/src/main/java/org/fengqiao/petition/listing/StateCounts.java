package org.fengqiao.petition.listing;

import java.util.Map;

/**
 * How many records in the caller's scope (and the list filters) are in each state; every state is listed,
 * zero included, in the track's state order.
 */
public record StateCounts(long total, Map<String, Long> byState) {
}
