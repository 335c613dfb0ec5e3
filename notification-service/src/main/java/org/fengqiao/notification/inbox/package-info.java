/**
 * The in-app inbox (收件箱): items addressed to a unit (a role within a jurisdiction, e.g. the county
 * dispatchers of 330681) or to one user, created from events and read through {@code /api/inbox}.
 */
package org.fengqiao.notification.inbox;
