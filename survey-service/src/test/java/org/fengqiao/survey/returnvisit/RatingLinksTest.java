package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RatingLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void aLinkCarries256RandomBitsUnderTheConfiguredBaseAndExpiresAfterTheConfiguredValidity() {
        RatingLinks links = new RatingLinks(new ReturnVisitProperties(null, null, Duration.ofDays(2),
                "https://fq.example.gov.cn/"));
        RatingLink link = links.issue(NOW);

        assertThat(link.url()).isEqualTo("https://fq.example.gov.cn/api/public/ratings/" + link.token());
        assertThat(Base64.getUrlDecoder().decode(link.token())).hasSize(32);
        assertThat(RatingLinks.wellFormed(link.token())).isTrue();
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(link.tokenHash()).isEqualTo(RatingLinks.hash(link.token())).doesNotContain(link.token())
                .hasSize(64);
        assertThat(link.toString()).doesNotContain(link.token());

        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(links.issue(NOW).token());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void defaultsAreSevenDaysOnTheLocalGatewayAndThreeAttempts() {
        ReturnVisitProperties defaults = new ReturnVisitProperties(null, null, null, null);
        assertThat(defaults.ratingLinkValidity()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.publicBaseUrl()).isEqualTo("http://localhost:8080");
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.workingDays()).isEqualTo(3);
        assertThatThrownBy(() -> new ReturnVisitProperties(null, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnVisitProperties(null, null, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheTokenShapeIsLookedUp() {
        assertThat(RatingLinks.wellFormed("a".repeat(43))).isTrue();
        assertThat(RatingLinks.wellFormed("a".repeat(42))).isFalse();
        assertThat(RatingLinks.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(RatingLinks.wellFormed("../" + "a".repeat(40))).isFalse();
        assertThat(RatingLinks.wellFormed(null)).isFalse();
    }
}
