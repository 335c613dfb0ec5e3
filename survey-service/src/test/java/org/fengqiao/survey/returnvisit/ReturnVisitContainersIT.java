package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.platform.testkit.ContainerPlatform;
import org.fengqiao.platform.testkit.OnRealContainers;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * An approved work-order review on a real MongoDB replica set and a real Kafka broker in containers: delivered twice,
 * it makes one return visit. Skipped cleanly where there is no Docker engine (as in CI); {@link WorkOrderReturnVisitIT}
 * covers the same on the embedded broker and store everywhere.
 */
@OnRealContainers
class ReturnVisitContainersIT {

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        ContainerPlatform.register(registry, "survey");
    }

    @Autowired
    WebTestClient web;

    @Test
    void anApprovedReviewDeliveredTwiceMakesOneReturnVisit() {
        WorkOrderReviewed approved = GoldenSamples.read(EventJson.standard(), WorkOrderReviewed.class);
        assertThat(approved.approved()).as("the golden sample is an approval").isTrue();
        UUID eventId = UUID.randomUUID();
        try (TestEventPublisher publisher = TestEventPublisher.to(ContainerPlatform.kafkaBootstrapServers())) {
            publisher.publish(approved, approved.workOrderId(), approved.jurisdiction(), eventId);
            publisher.publish(approved, approved.workOrderId(), approved.jurisdiction(), eventId);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> visitsOf(approved.workOrderId()) == 1);
        assertThat(visitsOf(approved.workOrderId())).isEqualTo(1);
    }

    private long visitsOf(String workOrderId) {
        JsonNode all = web.get().uri("/api/return-visits?size=200")
                .headers(h -> h.setBearerAuth(TestTokens.countySurveyor())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        long found = 0;
        for (JsonNode visit : all) {
            if (workOrderId.equals(visit.get("caseId").asString())) {
                found++;
            }
        }
        return found;
    }
}
