package org.fengqiao.platform.security;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 管辖区划: a division code that scopes what a user may see and do, and where a record belongs.
 *
 * <p>Codes are digits only: 6 for a county (县), 9 for a township (乡镇), 12 for a village (村), 14 for a grid
 * (网格, the village code plus two digits). A jurisdiction contains every jurisdiction whose code starts with its
 * own code, itself included. Serialised to JSON as the plain code string; {@code toString()} is the code too.
 *
 * @param code the division code, validated on construction
 */
public record Jurisdiction(String code) {

    /** The tier a division code belongs to, from the widest to the narrowest. */
    public enum Tier {
        COUNTY(6), TOWNSHIP(9), VILLAGE(12), GRID(14);

        private final int codeLength;

        Tier(int codeLength) {
            this.codeLength = codeLength;
        }

        /** Number of digits a code of this tier has. */
        public int codeLength() {
            return codeLength;
        }

        static Optional<Tier> ofLength(int length) {
            for (Tier tier : values()) {
                if (tier.codeLength == length) {
                    return Optional.of(tier);
                }
            }
            return Optional.empty();
        }
    }

    /** @throws InvalidJurisdictionException if the code is null, blank or malformed */
    public Jurisdiction {
        if (code == null || code.isBlank()) {
            throw new InvalidJurisdictionException("管辖区划代码不能为空");
        }
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || Tier.ofLength(code.length()).isEmpty()) {
            throw new InvalidJurisdictionException("管辖区划代码 '" + abbreviate(code)
                    + "' 无效：应为 6 位（县）、9 位（乡镇）、12 位（村）或 14 位（网格）数字");
        }
    }

    /**
     * Parses a division code.
     *
     * @throws InvalidJurisdictionException (an {@link IllegalArgumentException}) if the code is malformed
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Jurisdiction of(String code) {
        return new Jurisdiction(code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    public Tier tier() {
        return Tier.ofLength(code.length()).orElseThrow();
    }

    /** Whether {@code other} lies inside this jurisdiction (by code prefix); a jurisdiction contains itself. */
    public boolean contains(Jurisdiction other) {
        return other != null && other.code.startsWith(code);
    }

    /** The enclosing jurisdiction one tier up; empty for a county, the widest tier modelled. */
    public Optional<Jurisdiction> parent() {
        return switch (tier()) {
            case COUNTY -> Optional.empty();
            case TOWNSHIP -> Optional.of(new Jurisdiction(code.substring(0, Tier.COUNTY.codeLength)));
            case VILLAGE -> Optional.of(new Jurisdiction(code.substring(0, Tier.TOWNSHIP.codeLength)));
            case GRID -> Optional.of(new Jurisdiction(code.substring(0, Tier.VILLAGE.codeLength)));
        };
    }

    @Override
    public String toString() {
        return code;
    }

    private static String abbreviate(String raw) {
        // The code may come from a request: keep the message short.
        return raw.length() <= 20 ? raw : raw.substring(0, 20) + "…";
    }
}
