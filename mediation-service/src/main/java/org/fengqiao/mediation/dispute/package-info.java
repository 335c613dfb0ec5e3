/**
 * Disputes (矛盾纠纷) and their tiered mediation: opening (from a grid worker's dispute sign or at the counter),
 * risk grading with reasons and overrides, the lifecycle {@code accepted → mediating → agreement → closed | failed}, or
 * {@code diverted} to litigation, arbitration, an administrative ruling or the petition channel; sessions (held only
 * once the parties are classified: an applicant and a respondent) and written agreements with per-term performance
 * and the judicial-confirmation window. A breached term, or a dissatisfied return visit ({@code return-visit.dissatisfied}
 * for case type {@code dispute}, once per visit), reopens a concluded dispute at its tier; any other ended return
 * visit ({@code return-visit.completed}) is noted on the agreement, and a performed agreement whose visit ended is
 * closed (结案). Each dispute keeps a timeline for people.
 *
 * <p>Deadlines: per-tier clocks (hours, days, working or calendar days over the platform work calendar) whose expiry
 * escalates a dispute one tier up (村民小组 → 村 → 镇 → 县), overdue agreement terms
 * and the closing judicial-confirmation window are all found by one scan over the compact {@code dispute_clocks}
 * collection (one entry per dispute at its next deadline), driven by the injected {@code Clock}.
 *
 * <p>Also the unit views: the three-level meeting agenda (三级例会) and its minutes (analysis and decision per
 * dispute, attendees), and the KPIs (调成率, 就地化解率, backlog, average duration). Publishes {@code dispute.*} events
 * on {@code mediation.events.v1}; consumes {@code field-report.submitted} from {@code grid.events.v1} and
 * {@code return-visit.dissatisfied} and {@code return-visit.completed} from {@code survey.events.v1}; shows unit names from the local jurisdiction read
 * model.
 */
package org.fengqiao.mediation.dispute;
