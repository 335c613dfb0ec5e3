/**
 * Per-client rate limits kept in this gateway's memory: token buckets keyed by the JWT subject (client id)
 * for authenticated calls and by the client IP for anonymous ones ({@code /api/public/**}, API documents).
 * Each gateway instance counts on its own, so N replicas allow up to N times the configured rate.
 */
package org.fengqiao.gateway.ratelimit;
