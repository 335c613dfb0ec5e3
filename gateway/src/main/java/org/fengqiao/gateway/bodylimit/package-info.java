/**
 * The request body limit, enforced at the entrance: a body larger than its route allows is answered 413 by the
 * gateway itself, before a byte of it reaches a service. A service that refuses an upload half-way closes the
 * connection under the gateway, which then could only answer 503 or 504; the services keep their own limit
 * ({@code spring.http.codecs.max-in-memory-size}) behind this one.
 */
package org.fengqiao.gateway.bodylimit;
