/**
 * The local jurisdiction read model (names, tiers, parents) rebuilt from grid-service's {@code jurisdiction.changed}
 * on {@code grid.events.v1}, so the request paths never call grid-service: the {@code jurisdictions} collection keyed
 * by division code, where an event applies only over a lower {@code revision} (replays and out-of-order redeliveries
 * converge), and the name lookup the dispute views use.
 */
package org.fengqiao.mediation.jurisdiction;
