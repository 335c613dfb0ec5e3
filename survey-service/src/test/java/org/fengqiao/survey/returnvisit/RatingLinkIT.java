package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.bson.Document;
import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.survey.SurveyIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** The citizen's one-time rating link: sent with the scheduled visit, works once without login, then refuses. */
@SurveyIT
class RatingLinkIT {

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoOperations mongo;

    private CaseEvents events;

    @BeforeEach
    void listen() {
        events = new CaseEvents();
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aNewVisitIsScheduledOnceWithThePhoneAndAnUnguessableLinkThatShowsNoPersonalData() {
        events.publisher.publish(new JurisdictionChanged(DemoDivisions.FENGQIAO, "枫桥镇", "township",
                DemoDivisions.COUNTY, null, null, false, "created", 0, "system", Instant.now()),
                DemoDivisions.FENGQIAO, DemoDivisions.FENGQIAO);
        CaseEvents.WorkOrder order = events.workOrder("ZJ-RL-0001", "王秀英", "13905751234");
        UUID eventId = UUID.randomUUID();
        Instant reviewedAt = events.approve(order, eventId).at();
        events.approve(order, eventId);

        ReturnVisitScheduled scheduled = events.awaitScheduled(order.id());
        assertThat(scheduled.caseType()).isEqualTo("work-order");
        assertThat(scheduled.caseNumber()).isEqualTo("ZJ-RL-0001");
        assertThat(scheduled.citizenName()).isEqualTo("王秀英");
        assertThat(scheduled.citizenPhone()).isEqualTo("13905751234");
        assertThat(scheduled.ratingUrl()).matches("http://localhost:8080/api/public/ratings/[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(CaseEvents.tokenOf(scheduled))).hasSize(32);
        Instant inSevenDays = Instant.now().plus(Duration.ofDays(7));
        assertThat(scheduled.ratingExpiresAt()).isBetween(inSevenDays.minus(Duration.ofMinutes(10)), inSevenDays);
        assertThat(scheduled.dueAt()).isAfter(reviewedAt);

        // The surveyors' view has whom to call; the store has only the link's hash.
        JsonNode visit = web.get().uri("/api/return-visits/{id}", scheduled.returnVisitId())
                .headers(h -> h.setBearerAuth(TestTokens.countySurveyor())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(visit.get("citizenPhone").asString()).isEqualTo("13905751234");
        assertThat(visit.get("unit").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(visit.toString()).doesNotContain(CaseEvents.tokenOf(scheduled));
        // The raw link waits in the outbox only until it is published.
        await().atMost(Duration.ofSeconds(30)).until(() -> !stored(scheduled.returnVisitId())
                .contains(CaseEvents.tokenOf(scheduled)));
        assertThat(stored(scheduled.returnVisitId())).contains(RatingLinks.hash(CaseEvents.tokenOf(scheduled)));

        await().atMost(Duration.ofSeconds(30)).until(() -> !ratingPage(CaseEvents.tokenOf(scheduled)).get("unitName").isNull());
        JsonNode page = ratingPage(CaseEvents.tokenOf(scheduled));
        assertThat(page.get("unitName").asString()).isEqualTo("枫桥镇");
        assertThat(page.get("caseNumber").asString()).isEqualTo("ZJ-RL-0001");
        assertThat(page.get("unit").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(Instant.parse(page.get("repliedAt").asString())).isEqualTo(order.repliedAt());
        assertThat(page.toString()).doesNotContain("13905751234").doesNotContain("王秀英");

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> events.scheduled(order.id()).size() == 1);
    }

    @Test
    void theLinkRecordsOneRatingThroughTheSurveyorsPathThenAnswers410() {
        ReturnVisitScheduled scheduled = events.scheduledVisit("ZJ-RL-0002");
        String token = CaseEvents.tokenOf(scheduled);
        String visitId = scheduled.returnVisitId();

        rate(token, """
                {"satisfaction":"dissatisfied","dissatisfactionKind":"substantive","comment":"路灯又坏了"}""")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.caseNumber").isEqualTo("ZJ-RL-0002")
                .jsonPath("$.satisfaction").isEqualTo("dissatisfied");

        await().atMost(Duration.ofSeconds(30)).until(() -> events.typesOf(visitId).size() >= 3);
        assertThat(events.typesOf(visitId)).containsExactly("return-visit.scheduled", "return-visit.completed",
                "return-visit.dissatisfied");
        ReturnVisitCompleted completed = events.completed(visitId).get(0);
        assertThat(completed.reached()).isTrue();
        assertThat(completed.by()).isEqualTo("citizen");
        assertThat(completed.comment()).isEqualTo("路灯又坏了");

        rate(token, "{\"satisfaction\":\"satisfied\"}").expectStatus().isEqualTo(410)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/public/ratings/{token}", token).exchange().expectStatus().isEqualTo(410)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/return-visits/{id}/outcome", visitId)
                .headers(h -> h.setBearerAuth(TestTokens.countySurveyor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reached\":true,\"satisfaction\":\"satisfied\"}")
                .exchange().expectStatus().isEqualTo(409);
        web.get().uri("/api/return-visits/{id}", visitId).headers(h -> h.setBearerAuth(TestTokens.countySurveyor()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("completed")
                .jsonPath("$.outcome.by").isEqualTo("citizen");
    }

    @Test
    void aSurveyorsOutcomeClosesTheLinkAndAnExpiredLinkIs410() {
        ReturnVisitScheduled visited = events.scheduledVisit("ZJ-RL-0003");
        web.post().uri("/api/return-visits/{id}/outcome", visited.returnVisitId())
                .headers(h -> h.setBearerAuth(TestTokens.countySurveyor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reached\":true,\"satisfaction\":\"satisfied\"}")
                .exchange().expectStatus().isOk();
        rate(CaseEvents.tokenOf(visited), "{\"satisfaction\":\"satisfied\"}").expectStatus().isEqualTo(410);

        ReturnVisitScheduled expiring = events.scheduledVisit("ZJ-RL-0004");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(expiring.returnVisitId())),
                new Update().set("ratingExpiresAt", Instant.now().minus(1, ChronoUnit.MINUTES)), ReturnVisit.COLLECTION)
                .block();
        web.get().uri("/api/public/ratings/{token}", CaseEvents.tokenOf(expiring)).exchange()
                .expectStatus().isEqualTo(410).expectBody().jsonPath("$.detail").isEqualTo("该评价链接已过期");
        rate(CaseEvents.tokenOf(expiring), "{\"satisfaction\":\"satisfied\"}").expectStatus().isEqualTo(410);
        web.get().uri("/api/return-visits/{id}", expiring.returnVisitId())
                .headers(h -> h.setBearerAuth(TestTokens.countySurveyor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("pending");
    }

    @Test
    void unknownLinksAre404BadBodiesAre400AndTheRestOfTheApiStillNeedsAToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String unknown = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        for (String token : List.of(unknown, "not-a-token", "x".repeat(200))) {
            web.get().uri("/api/public/ratings/{token}", token).exchange().expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            rate(token, "{\"satisfaction\":\"satisfied\"}").expectStatus().isNotFound();
        }

        ReturnVisitScheduled scheduled = events.scheduledVisit("ZJ-RL-0005");
        String token = CaseEvents.tokenOf(scheduled);
        for (String bad : List.of("{}", "not json", "{\"satisfaction\":\"very_happy\"}",
                "{\"satisfaction\":\"dissatisfied\"}",
                "{\"satisfaction\":\"satisfied\",\"dissatisfactionKind\":\"subjective\"}",
                "{\"satisfaction\":\"satisfied\",\"comment\":\"" + "长".repeat(501) + "\"}")) {
            rate(token, bad).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        rate(token, "{\"satisfaction\":\"basically_satisfied\"}").expectStatus().isOk();

        web.get().uri("/api/return-visits").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void twoParallelRatingsOfOneLinkRecordOne() throws Exception {
        ReturnVisitScheduled scheduled = events.scheduledVisit("ZJ-RL-0006");
        String token = CaseEvents.tokenOf(scheduled);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String satisfaction : List.of("satisfied", "basically_satisfied")) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return rate(token, "{\"satisfaction\":\"" + satisfaction + "\"}").returnResult(Void.class)
                        .getStatus().value();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : calls) {
            statuses.add(call.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 410);

        await().atMost(Duration.ofSeconds(30)).until(() -> events.completed(scheduled.returnVisitId()).size() >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> events.completed(scheduled.returnVisitId()).size() == 1);
    }

    private String stored(String visitId) {
        return mongo.findById(visitId, Document.class, ReturnVisit.COLLECTION).block().toJson();
    }

    private JsonNode ratingPage(String token) {
        return web.get().uri("/api/public/ratings/{token}", token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec rate(String token, String json) {
        return web.post().uri("/api/public/ratings/{token}", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }
}
