/**
 * mediation-service: dispute (矛盾纠纷) screening campaigns, tiered mediation with escalation clocks,
 * sessions, agreements and three-level meetings. Owns the {@code mediation} database; publishes
 * {@code mediation.events.v1}.
 */
package org.fengqiao.mediation;
