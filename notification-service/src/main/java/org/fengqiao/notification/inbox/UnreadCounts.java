package org.fengqiao.notification.inbox;

import java.util.List;

/**
 * Unread items of a user: in total, per unit the user belongs to ({@code dispatcher@330681}) and personal.
 */
record UnreadCounts(long total, long personal, List<Unread> units) {

    record Unread(String unit, long unread) {
    }

    static UnreadCounts of(List<Unread> counts) {
        long total = counts.stream().mapToLong(Unread::unread).sum();
        long personal = counts.stream().filter(count -> !new Recipient(count.unit()).isUnit())
                .mapToLong(Unread::unread).sum();
        List<Unread> units = counts.stream().filter(count -> new Recipient(count.unit()).isUnit()).toList();
        return new UnreadCounts(total, personal, units);
    }
}
