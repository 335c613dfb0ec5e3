package org.fengqiao.notification.delivery;

import java.util.List;

/** One page of the delivery log, newest first, with the number of matching deliveries. */
record DeliveryPage(long total, List<DeliveryResponse> items) {
}
