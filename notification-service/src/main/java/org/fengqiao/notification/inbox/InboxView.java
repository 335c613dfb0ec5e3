package org.fengqiao.notification.inbox;

import java.util.List;

/** One page of a user's inbox with the number of unread items in all of it. */
record InboxView(long unread, List<InboxItemResponse> items) {
}
