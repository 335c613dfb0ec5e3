/**
 * The one entrance to Fengqiao: routes {@code /api/**} to the five services (routes live in
 * {@code application.yml}), validates the caller's JWT, limits each client's request rate, and turns
 * upstream failures into RFC 9457 problem details.
 */
package org.fengqiao.gateway;
