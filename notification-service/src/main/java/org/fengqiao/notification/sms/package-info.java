/**
 * SMS notices to citizens (短信告知): rules from work-order events to notices, the Chinese text templates, quiet
 * hours, the HTTP client of the SMS provider and the provider simulator of the local stack.
 *
 * <ul>
 * <li>Rules ({@link org.fengqiao.notification.sms.CitizenNoticeListener}): {@code work-order.received} → 受理告知 to
 * the caller; {@code work-order.replied} → 答复告知; {@code work-order.closed} → 办结告知 (the caller's phone is
 * remembered from {@code work-order.received}, since later events do not carry it). One notice per event ×
 * recipient × template: the delivery id is made of the three; the notices of one work order go out in order.
 * {@code return-visit.scheduled} (survey) → 回访评价 with the one-time rating link to {@code citizenPhone}, none
 * without a phone ({@link org.fengqiao.notification.sms.ReturnVisitSmsListener}). 信访告知
 * ({@link org.fengqiao.notification.sms.PetitionerNoticeListener}): {@code petition.accepted}, {@code not-accepted}
 * (with the reason), {@code extension-decided} (granted only), {@code replied} (the reply in short),
 * {@code review-decided} and {@code re-review-decided} → the petitioner's phone, in order per petition. 领导预警
 * ({@link org.fengqiao.notification.sms.LeaderSms}): urgent alerts to the configured leader phones of a county.</li>
 * <li>Rate limit ({@link org.fengqiao.notification.sms.SmsRateLimit}): at most {@code rate-limit.max-per-window}
 * SMS per phone per window; more are postponed to the next window, never dropped (urgent ones are not held).</li>
 * <li>Templates ({@link org.fengqiao.notification.sms.NoticeTemplates}): one per notice type, versioned; the
 * rendered text, template id and version are kept in the delivery log.</li>
 * <li>Quiet hours ({@link org.fengqiao.notification.sms.QuietHours}): a notice created between 22:00 and 08:00
 * Asia/Shanghai waits until 08:00 unless it is urgent (an urgent or emergency work order).</li>
 * <li>Provider ({@link org.fengqiao.notification.sms.SmsClient}): {@code POST provider-url} with
 * {@code X-Api-Key} and {@code {"to","text","reference"}}; 2xx sent, 4xx refused (dead), otherwise retried.</li>
 * <li>Simulator ({@link org.fengqiao.notification.sms.SmsSimulator}, {@code simulator.enabled}): a provider on its
 * own local port that records messages, read by administrators at
 * {@code GET /api/notifications/sms-simulator/messages}.</li>
 * </ul>
 */
package org.fengqiao.notification.sms;
