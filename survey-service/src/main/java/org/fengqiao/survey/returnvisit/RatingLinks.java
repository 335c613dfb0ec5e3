package org.fengqiao.survey.returnvisit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Issues the citizens' one-time rating links: 256 random bits from {@link SecureRandom}, base64url without padding;
 * only their SHA-256 is stored, so the database alone cannot be used to rate.
 */
@Component
class RatingLinks {

    static final String PATH = "/api/public/ratings/";
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final ReturnVisitProperties properties;

    RatingLinks(ReturnVisitProperties properties) {
        this.properties = properties;
    }

    RatingLink issue(Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new RatingLink(token, hash(token), properties.publicBaseUrl() + PATH + token,
                now.plus(properties.ratingLinkValidity()));
    }

    /** Whether the text can be a token at all (anything else is unknown without a lookup). */
    static boolean wellFormed(String token) {
        return token != null && TOKEN_SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
