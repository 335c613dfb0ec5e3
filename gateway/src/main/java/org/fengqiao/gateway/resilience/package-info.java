/**
 * What the gateway does when a service struggles: retries of idempotent reads here; the per-route circuit
 * breaker and time limiter are configured in {@code application.yml} and their failures answered by the
 * problem handler.
 */
package org.fengqiao.gateway.resilience;
