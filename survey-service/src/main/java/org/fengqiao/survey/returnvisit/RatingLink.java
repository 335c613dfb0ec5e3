package org.fengqiao.survey.returnvisit;

import java.time.Instant;

/**
 * A freshly issued one-time rating link: the raw token travels only in the link (the citizen's SMS); the visit
 * keeps {@code tokenHash}.
 */
record RatingLink(String token, String tokenHash, String url, Instant expiresAt) {

    @Override
    public String toString() {
        return "RatingLink[tokenHash=" + tokenHash + ", expiresAt=" + expiresAt + "]";
    }
}
