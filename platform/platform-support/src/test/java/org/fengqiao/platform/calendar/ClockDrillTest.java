package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fengqiao.platform.testapp.ProbeApplicationTestBase;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Drill mode in a running service: an administrator moves the service's clock forward, nobody else can. */
// no broker in this context: do not wait for one to create topics
@TestPropertySource(properties = { "fengqiao.clock.adjustable=true", "spring.kafka.admin.auto-create=false" })
class ClockDrillTest extends ProbeApplicationTestBase {

    @Autowired
    Clock clock;

    @Test
    void anAdministratorMovesTheServicesClockForward() {
        Instant before = clock.instant();
        advance(TestTokens.countyAdmin(), "{\"by\":\"P13D\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.offset").value(String.class,
                        offset -> assertThat(Duration.parse(offset)).isGreaterThanOrEqualTo(Duration.ofDays(13)));
        assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(13)));
    }

    @Test
    void onlyAdministratorsAndOnlyForward() {
        Instant before = clock.instant();
        advance(TestTokens.countyDispatcher(), "{\"by\":\"P1D\"}").expectStatus().isForbidden();
        for (String bad : new String[] {"{\"by\":\"-P1D\"}", "{\"by\":\"PT0S\"}", "{\"by\":\"three days\"}", "{}"}) {
            advance(TestTokens.countyAdmin(), bad).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(clock.instant()).isBefore(before.plus(Duration.ofHours(1)));
    }

    @Test
    void theDrillIsNotPartOfTheApiDocument() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).value(document -> assertThat(document)
                        .contains("\"paths\"").doesNotContain("/internal/clock"));
    }

    private WebTestClient.ResponseSpec advance(String token, String body) {
        return client.post().uri("/internal/clock/advance").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
