/**
 * The in-app inbox (收件箱): items addressed to a unit (a role within a jurisdiction, e.g. the county
 * dispatchers of 330681, key {@code dispatcher@330681}) or to one user ({@code user:<subject>}), created from
 * events and read through {@code /api/inbox} (a user sees the items of every unit they belong to and their own),
 * {@code /api/inbox/unread} (counts per unit and personal) and {@code POST /api/inbox/{id}/read}.
 *
 * <p>Sources: {@code work-order.received} → the receiving county's dispatchers; {@code deadline.approaching} (催办)
 * → the assignee or the holding unit; {@code deadline.breached} (超期) → the holding unit, the assignee and the
 * county's leaders; {@code work-order.dispatched} / {@code reassigned} (派单, 改派) → the unit now holding the order
 * (and 已改派 to the one that held it), {@code work-order.returned} (退单) → the county's dispatchers;
 * {@code dispute.opened} → the mediating unit, {@code dispute.escalated} (上报) → the unit of the receiving tier,
 * {@code dispute.term-overdue} (协议逾期未履行) and {@code dispute.judicial-confirmation-due} (司法确认提醒) → the unit
 * that mediated the agreement;
 * {@code dispute.opened} or {@code dispute.risk-overridden} at risk grade 3-4 → 预警 to the county's leaders (and by
 * SMS to {@code fengqiao.notification.sms.leader-phones.<county>}). Unit codes map to inboxes in {@link
 * org.fengqiao.notification.inbox.Units}: county (and county department) → dispatcher, township → handler,
 * village → mediator. 信访: {@code petition.assigned} (交办) → the lead unit and each 协办 unit,
 * {@code petition.returned} / {@code escalated} → the receiving unit, {@code petition.supervision-issued} (督办) →
 * the supervised unit, a collective {@code petition.registered} (集体访) → 预警 to the county's leaders. Item ids are
 * {@code <event-id>:<recipient>}, so a redelivered event changes nothing. Every 预警 goes through
 * {@link org.fengqiao.notification.inbox.LeaderAlerts}; {@link org.fengqiao.notification.inbox.CaseKind} links an
 * item to its case.
 *
 * <p>每日提醒 ({@link org.fengqiao.notification.inbox.DailyDigest}): the events that set or end a unit's deadline
 * keep a compact {@code open_deadlines} set; each day at {@code fengqiao.notification.digest.at} (08:30 Shanghai)
 * every unit with overdue or soon-due cases gets one {@code digest.daily} item (id {@code digest:<date>:<unit>}).
 */
package org.fengqiao.notification.inbox;
