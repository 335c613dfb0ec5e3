package org.fengqiao.survey.returnvisit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.return-visits.*}.
 *
 * @param workingDays        working days from the event to the visit's due date (default 3)
 * @param maxAttempts        calls that may not reach the citizen before the visit ends as unreachable (default 3)
 * @param ratingLinkValidity how long the citizen's self-service rating link works (default 7 days)
 * @param publicBaseUrl      where citizens reach the gateway, the start of the rating link
 *                           (default {@code http://localhost:8080})
 */
@ConfigurationProperties("fengqiao.return-visits")
record ReturnVisitProperties(Integer workingDays, Integer maxAttempts, Duration ratingLinkValidity,
                             String publicBaseUrl) {

    ReturnVisitProperties {
        workingDays = workingDays == null ? 3 : workingDays;
        if (workingDays < 1) {
            throw new IllegalArgumentException("fengqiao.return-visits.working-days must be 1 or more: " + workingDays);
        }
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("fengqiao.return-visits.max-attempts must be 1 or more: " + maxAttempts);
        }
        ratingLinkValidity = ratingLinkValidity == null ? Duration.ofDays(7) : ratingLinkValidity;
        if (ratingLinkValidity.isNegative() || ratingLinkValidity.isZero()) {
            throw new IllegalArgumentException("fengqiao.return-visits.rating-link-validity must be positive: "
                    + ratingLinkValidity);
        }
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
                : publicBaseUrl.replaceAll("/+$", "");
    }
}
