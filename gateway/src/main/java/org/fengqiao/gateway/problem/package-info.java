/**
 * RFC 9457 problem details ({@code application/problem+json}) for everything the gateway itself answers:
 * upstream failures (the circuit-breaker fallback), authentication, rate limits and unexpected errors.
 */
package org.fengqiao.gateway.problem;
