/**
 * Version 1 of the events mediation-service publishes on {@code mediation.events.v1}, keyed by the dispute id.
 * Tiers are {@code village}, {@code township}, {@code county}; states {@code accepted}, {@code mediating},
 * {@code agreement}, {@code failed}.
 */
package org.fengqiao.events.mediation.v1;
