/**
 * Periodic sweeps: background work that runs every so often while a service runs (deadline scans, overdue
 * escalations, repair sweeps, digests, delivery polling).
 *
 * <p>A service declares a {@link org.fengqiao.platform.scheduling.PeriodicSweep} bean (its name for the logs, its
 * interval, one reactive round); the auto-configured runner starts it after the context is up and stops it on
 * shutdown. Each sweep ticks every interval (the first tick one interval after start-up); a tick that arrives
 * while the previous round still runs is dropped, so rounds of one sweep never overlap, and a failed round is
 * logged and the next tick tries again. Rounds run on Reactor's parallel scheduler: never block in them. Work that
 * must happen once across instances is the round's business (a conditional update, a version check), not the
 * runner's. Tests call the round's own method directly instead of waiting for a tick.
 */
package org.fengqiao.platform.scheduling;
