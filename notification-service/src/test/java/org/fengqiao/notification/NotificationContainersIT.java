package org.fengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.testkit.ContainerPlatform;
import org.fengqiao.platform.testkit.OnRealContainers;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The dispatcher's inbox on a real MongoDB replica set and a real Kafka broker in containers: a received work order
 * delivered twice is one unread item. Skipped cleanly where there is no Docker engine (as in CI); the
 * {@link NotificationIT}s (e.g. {@code inbox.WorkOrderInboxIT}) cover the same on the embedded broker and store.
 */
@OnRealContainers
@ContextConfiguration(initializers = NotificationTestInitializer.class)
class NotificationContainersIT {

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        ContainerPlatform.register(registry, "notification");
    }

    @Autowired
    WebTestClient web;

    @Test
    void aReceivedWorkOrderDeliveredTwiceIsOneItemInTheDispatchersInbox() {
        WorkOrderReceived received = GoldenSamples.read(EventJson.standard(), WorkOrderReceived.class);
        UUID eventId = UUID.randomUUID();
        try (TestEventPublisher publisher = TestEventPublisher.to(ContainerPlatform.kafkaBootstrapServers())) {
            publisher.publish(received, received.workOrderId(), received.jurisdiction(), eventId);
            publisher.publish(received, received.workOrderId(), received.jurisdiction(), eventId);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> itemsFor(received.workOrderId()) == 1);
        assertThat(itemsFor(received.workOrderId())).isEqualTo(1);
    }

    private long itemsFor(String caseId) {
        JsonNode inbox = web.get().uri("/api/inbox?size=100")
                .headers(h -> h.setBearerAuth(TestTokens.countyDispatcher())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        long found = 0;
        for (JsonNode item : inbox.get("items")) {
            if (caseId.equals(item.get("caseId").asString())) {
                found++;
            }
        }
        return found;
    }
}
