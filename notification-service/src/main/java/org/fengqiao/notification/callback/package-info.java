/**
 * 12345 callbacks (回调): every work-order status change, i.e. every event on {@code petition.events.v1} whose
 * type starts with {@code work-order.}, becomes a signed webhook to the hotline's configured URL, delivered once
 * in effect and in order per work order through the delivery log ({@code org.fengqiao.notification.delivery}).
 *
 * <p>The body is JSON: {@code eventId, eventType, workOrderId, orderNumber, state, holder, jurisdiction, at,
 * payload} (the event's own payload). Headers: {@code X-Fengqiao-Timestamp} (epoch seconds of this attempt),
 * {@code X-Fengqiao-Signature} = lowercase hex HMAC-SHA256 with the shared key over
 * {@code timestamp + "." + body}, and {@code Idempotency-Key} = the event id (the same on every retry and replay).
 * Any 2xx is success; 408, 425, 429 and 5xx (and no answer) are retried with backoff; any other 4xx means the
 * hotline refuses the content and the callback is dead at once (fix, then replay).
 *
 * <p>Switched on by {@code fengqiao.notification.hotline.callback-url}; {@code signing-key} is then required and
 * comes from the environment ({@code HOTLINE_SIGNING_KEY}), never from a committed file.
 */
package org.fengqiao.notification.callback;
