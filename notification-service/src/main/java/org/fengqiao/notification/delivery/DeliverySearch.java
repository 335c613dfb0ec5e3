package org.fengqiao.notification.delivery;

/** Filters of the delivery log; a null filter matches everything. */
record DeliverySearch(String orderNumber, String workOrderId, DeliveryStatus status, Channel channel) {
}
