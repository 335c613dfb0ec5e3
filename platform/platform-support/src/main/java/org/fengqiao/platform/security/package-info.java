/**
 * Who is calling and where they may act: every service is a stateless OAuth2 resource server.
 *
 * <ul>
 * <li>{@link org.fengqiao.platform.security.Jurisdiction}: a division code (county 6, township 9, village 12,
 * grid 14 digits) with {@code tier()}, {@code contains()} (by prefix, itself included) and {@code parent()};
 * JSON as the plain code. {@code Jurisdiction.of} rejects malformed codes with
 * {@link org.fengqiao.platform.security.InvalidJurisdictionException} (400 when it comes from a request).</li>
 * <li>{@link org.fengqiao.platform.security.Role}: the {@code roles} claim values; authority {@code ROLE_<ROLE>}.</li>
 * <li>{@link org.fengqiao.platform.security.CurrentUser}: the caller (subject, name, roles, jurisdiction). Declare a
 * {@code CurrentUser} controller parameter, or call {@code CurrentUser.current()} in a reactive pipeline.</li>
 * </ul>
 *
 * <p>The filter chain ({@code ResourceServerSecurityAutoConfiguration}, replaced by any
 * {@code SecurityWebFilterChain} bean of the service): no session, no CSRF, no login forms; open paths
 * {@code /actuator/health/**}, {@code /actuator/info}, {@code /actuator/prometheus}, {@code /v3/api-docs/**};
 * everything else needs a valid JWT whose {@code jurisdiction} claim is a valid code (otherwise 403).
 * Authorities: {@code ROLE_<ROLE>} from {@code roles}, {@code SCOPE_x} from {@code scope}. Reactive method security
 * is on, so services use {@code @PreAuthorize("hasRole('DISPATCHER')")} or {@code hasAuthority('SCOPE_work-orders')}.
 * 401 (with {@code WWW-Authenticate: Bearer ...}) and 403 are problem details.
 *
 * <p>Token validation is Boot's: JWK set from {@code OAUTH2_JWK_SET_URI}, issuer checked against
 * {@code OAUTH2_ISSUER_URI} (platform defaults). The key set is fetched on the first request that needs it, so a
 * service starts while the identity server is down; requests meanwhile answer 503.
 */
package org.fengqiao.platform.security;
