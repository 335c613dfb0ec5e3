package org.fengqiao.platform.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;

import org.fengqiao.platform.web.ForbiddenException;

import reactor.core.publisher.Mono;

/**
 * The authenticated caller, read from the validated JWT: {@code sub}, {@code name}, {@code roles} and
 * {@code jurisdiction} claims.
 *
 * <p>In a controller, declare a {@code CurrentUser} parameter; elsewhere in a reactive pipeline use
 * {@link #current()}. Services must still restrict their queries with {@link #canSee(Jurisdiction)} /
 * {@link #jurisdiction()}: the gateway is not the only guard.
 *
 * @param subject the token subject (user or client id)
 * @param name display name (Chinese), the subject when the token has no {@code name} claim
 * @param roles the known roles from the {@code roles} claim; unknown values are ignored
 * @param jurisdiction the division the caller acts for
 */
public record CurrentUser(String subject, String name, Set<Role> roles, Jurisdiction jurisdiction) {

    /** Claim holding the roles (JSON array of lowercase role names). */
    public static final String ROLES_CLAIM = "roles";
    /** Claim holding the division code. */
    public static final String JURISDICTION_CLAIM = "jurisdiction";
    /** Claim holding the display name. */
    public static final String NAME_CLAIM = "name";

    public CurrentUser {
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a record in {@code target} lies inside the caller's jurisdiction. */
    public boolean canSee(Jurisdiction target) {
        return jurisdiction.contains(target);
    }

    /**
     * The caller of the current request, from the reactive security context.
     *
     * @return the user; fails with an {@code AuthenticationCredentialsNotFoundException} (401) when the request is
     *     not authenticated with a JWT, and with a {@link ForbiddenException} (403) when the token has no valid
     *     jurisdiction
     */
    public static Mono<CurrentUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .mapNotNull(authentication -> authentication.getPrincipal() instanceof Jwt jwt ? jwt : null)
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("请求未携带有效的访问令牌")))
                .map(CurrentUser::fromToken);
    }

    /**
     * Reads the caller from a validated token.
     *
     * @throws ForbiddenException when the {@code jurisdiction} claim is missing or malformed
     */
    public static CurrentUser fromToken(Jwt jwt) {
        String name = jwt.getClaimAsString(NAME_CLAIM);
        return new CurrentUser(jwt.getSubject(), name == null || name.isBlank() ? jwt.getSubject() : name,
                rolesOf(jwt), jurisdictionOf(jwt));
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? List.of(text.split("[\\s,]+")) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            if (value != null) {
                Role.fromClaim(value.toString()).ifPresent(roles::add);
            }
        }
        return roles;
    }

    static boolean hasValidJurisdiction(Jwt jwt) {
        try {
            jurisdictionOf(jwt);
            return true;
        }
        catch (ForbiddenException ex) {
            return false;
        }
    }

    private static Jurisdiction jurisdictionOf(Jwt jwt) {
        Object claim = jwt.getClaims().get(JURISDICTION_CLAIM);
        if (!(claim instanceof String code)) {
            throw new ForbiddenException("访问令牌缺少有效的管辖区划（jurisdiction）声明");
        }
        try {
            return Jurisdiction.of(code);
        }
        catch (InvalidJurisdictionException ex) {
            throw new ForbiddenException("访问令牌的管辖区划（jurisdiction）声明无效");
        }
    }
}
