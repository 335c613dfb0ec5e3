package org.fengqiao.mediation.dispute;

/**
 * What a dispute's risk grade is derived from.
 *
 * @param peopleInvolved   head count
 * @param amount           amount in dispute in yuan, or {@code null}
 * @param repeat           the same parties already had a dispute in the same place (重复)
 * @param urgent           the reporter marked it urgent
 * @param massIncidentRisk someone judged a mass-incident risk (群体性事件风险)
 */
record RiskSignals(int peopleInvolved, Long amount, boolean repeat, boolean urgent, boolean massIncidentRisk) {
}
