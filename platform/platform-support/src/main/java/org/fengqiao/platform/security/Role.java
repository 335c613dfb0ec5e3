package org.fengqiao.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles a token can carry in its {@code roles} claim (lowercase in the claim, e.g. {@code grid_worker}).
 * Each role becomes the Spring Security authority {@code ROLE_<NAME>}, so {@code @PreAuthorize("hasRole('DISPATCHER')")}
 * works.
 */
public enum Role {
    /** 调度员: registers and assigns cases. */
    DISPATCHER,
    /** 承办人: handles cases assigned to a township office. */
    HANDLER,
    /** 网格员: reports from a village grid. */
    GRID_WORKER,
    /** 调解员: mediates disputes. */
    MEDIATOR,
    /** 领导: reads everything in the jurisdiction, decides escalations. */
    LEADER,
    /** 督办员: supervises deadlines. */
    SUPERVISOR,
    /** 回访员: surveys petitioners after closing. */
    SURVEYOR,
    /** 系统管理员. */
    ADMIN,
    /** 12345 热线系统 (a machine client). */
    HOTLINE;

    /** The value used in the {@code roles} claim, e.g. {@code grid_worker}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The granted authority, e.g. {@code ROLE_GRID_WORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role for a claim value (case-insensitive); empty for an unknown value. */
    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normalised)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
