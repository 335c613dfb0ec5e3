/**
 * Who may pass: a valid JWT from the identity server on {@code /api/**}, nothing on the citizen
 * self-service paths, the API documents and the probes. Services validate the relayed token again.
 */
package org.fengqiao.gateway.security;
