/**
 * The delivery log (投递记录) and the dispatcher every outbound channel shares.
 *
 * <p>A notice becomes a {@link org.fengqiao.notification.delivery.Delivery} in the {@code deliveries} collection
 * before anything is sent ({@link org.fengqiao.notification.delivery.DeliveryQueue#enqueue}, idempotent on the
 * delivery id). The dispatcher polls due deliveries and hands each to the
 * {@link org.fengqiao.notification.delivery.ChannelSender} of its channel; failures are retried with exponential
 * backoff until {@code retry-for} has passed, then the delivery is {@code dead} until a supervisor replays it.
 * Deliveries that share a {@code queue} (e.g. the 12345 callbacks of one work order) go out strictly one after the
 * other in {@code sequence} order: the next waits until the previous one is sent (or dead). The dispatcher scans
 * only {@code open_deliveries}, a compact work list with one entry per delivery still to be sent (removed once
 * sent or dead, put back on replay), so the scan does not grow with the log.
 *
 * <p>Statuses: {@code pending} (waiting for its first attempt, possibly deferred), {@code failed} (an attempt
 * failed, another is scheduled), {@code sent}, {@code dead}. Each delivery names the case it is about
 * ({@link org.fengqiao.notification.delivery.CaseType}, {@code caseId}, {@code caseNumber}). Read through
 * {@code GET /api/notifications/deliveries}, filtered by case, event type, recipient, status and channel.
 *
 * <p>Threads: the dispatcher's rounds and everything after a sender's answer (recording the outcome, logging,
 * claiming the next delivery) run on the bounded {@code delivery-*} workers, and the senders talk HTTP through
 * {@link org.fengqiao.notification.delivery.DeliveryHttp}'s own {@code delivery-http-*} event loops. A slow or
 * unreachable receiver never holds an event loop that serves anything else in the process.
 */
package org.fengqiao.notification.delivery;
