/**
 * Disputes (矛盾纠纷) and their tiered mediation: opening (from a grid worker's dispute sign or at the counter),
 * risk grading with reasons, the lifecycle {@code accepted → mediating → agreement | failed}, and the per-tier
 * clocks whose expiry escalates a dispute one tier up (村 → 镇 → 县), scanned over the compact
 * {@code dispute_clocks} collection. Publishes {@code dispute.*} events on {@code mediation.events.v1}.
 */
package org.fengqiao.mediation.dispute;
