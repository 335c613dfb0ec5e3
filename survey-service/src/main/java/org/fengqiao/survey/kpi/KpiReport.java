package org.fengqiao.survey.kpi;

import java.time.LocalDate;

import org.fengqiao.survey.kpi.Figures.Count;
import org.fengqiao.survey.kpi.Figures.Rate;

/**
 * The KPIs of one jurisdiction subtree and period, as {@code GET /api/kpis} returns them.
 *
 * @param jurisdiction the division code; its whole subtree is counted
 * @param period       {@code 2026-11}, {@code 2026-Q4} or {@code 2026}
 * @param from         first day of the period (Asia/Shanghai)
 * @param to           last day of the period
 */
record KpiReport(String jurisdiction, String period, LocalDate from, LocalDate to, Petitions petitions,
                 WorkOrders workOrders, Mediation mediation, ReturnVisits returnVisits) {

    /**
     * 信访事项, counted by the day registered in the place (属地) they belong to. The counts with their year-on-year
     * change are the "三下降" figures (total, collective, skip-level) plus repeat petitions.
     *
     * @param acceptedOnTime     受理按期率: acceptance decisions (受理 or 不予受理) made by the 15-day limit, out of those made
     * @param closedOnTime       按期办结率: closed with the reply given by its deadline, out of those closed
     * @param firstResolvedAtOnce 初信初访一次办结率: first petitions closed without a 复查 request, out of first petitions
     *                           closed or terminated
     * @param backlog            积案: petitions of any registration date still open (accepted or reopened, not replied,
     *                           closed or terminated, not suspended) past their reply deadline at the end of the
     *                           period (now, while it runs), with the same moment a year earlier
     */
    record Petitions(Count total, Count collective, Count skipLevel, Count repeat, Rate acceptedOnTime,
                     Rate closedOnTime, Rate firstResolvedAtOnce, Count backlog) {
    }

    /**
     * 12345 工单, counted by the day received.
     *
     * @param received the orders received in the period
     * @param onTime   按期回单率: first reply by the deadline in force, out of the orders replied or overdue
     * @param overdue  orders whose reply deadline passed without a reply
     */
    record WorkOrders(Count received, Rate onTime, long overdue) {
    }

    /**
     * 矛盾纠纷调解.
     *
     * @param opened      disputes opened in the period
     * @param success     调成率: agreements out of the mediations that ended in the period (agreement or failed)
     * @param diverted    disputes diverted to another channel (litigation, arbitration, petition ...) in the period
     */
    record Mediation(Count opened, Rate success, long diverted) {
    }

    /**
     * 回访, counted by the day the outcome was recorded.
     *
     * @param completed    visits with an outcome
     * @param reach        回访联系率: citizens reached out of the visits completed
     * @param satisfaction 满意率: 满意 or 基本满意 out of the citizens reached who rated
     * @param dissatisfied 不满意 answers
     */
    record ReturnVisits(Count completed, Rate reach, Rate satisfaction, long dissatisfied) {
    }
}
