package org.fengqiao.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Deliveries logged under the old {@code workOrderId} / {@code orderNumber} names are found by case after start-up. */
@NotificationIT
class CaseFieldsMigrationIT {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoOperations mongo;

    @Autowired
    CaseFieldsMigration migration;

    @Test
    void oldDeliveriesGetTheirCaseTypeAndRenamedCaseFields() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        insertOld("petition.accepted", "sms:petition:p-" + suffix, "p-" + suffix, "XF-OLD-" + suffix);
        insertOld("work-order.assigned", "callback:w-" + suffix, "w-" + suffix, "ZJ-OLD-" + suffix);
        insertOld("return-visit.scheduled", "sms:dispute:d-" + suffix, "d-" + suffix, "d-" + suffix);

        assertThat(migration.migrate().block(Duration.ofSeconds(10))).isGreaterThanOrEqualTo(3);

        JsonNode petition = deliveries("?caseNumber=XF-OLD-" + suffix).get("items");
        assertThat(petition).hasSize(1);
        assertThat(petition.get(0).get("caseType").asString()).isEqualTo("petition");
        assertThat(petition.get(0).get("caseId").asString()).isEqualTo("p-" + suffix);
        assertThat(deliveries("?caseType=work-order&orderNumber=ZJ-OLD-" + suffix).get("total").asLong()).isEqualTo(1);
        assertThat(deliveries("?caseType=dispute&caseId=d-" + suffix).get("total").asLong()).isEqualTo(1);
        assertThat(migration.migrate().block(Duration.ofSeconds(10))).isZero();
    }

    private void insertOld(String eventType, String queue, String workOrderId, String orderNumber) {
        Date at = new Date();
        Document old = new Document("_id", "old:" + UUID.randomUUID()).append("channel", "SMS")
                .append("recipient", "13900000999").append("queue", queue).append("sequence", 1L)
                .append("eventId", UUID.randomUUID().toString()).append("eventType", eventType)
                .append("workOrderId", workOrderId).append("orderNumber", orderNumber)
                .append("jurisdiction", DemoDivisions.FENGYUAN).append("template", "sms.old").append("templateVersion", 1)
                .append("content", "旧投递").append("urgent", false).append("status", "SENT").append("attempts", 1)
                .append("createdAt", at).append("nextAttemptAt", at).append("giveUpAt", at)
                .append("leaseUntil", new Date(0)).append("sentAt", at).append("replays", 0);
        mongo.insert(old, Delivery.COLLECTION).block(Duration.ofSeconds(10));
    }

    private JsonNode deliveries(String query) {
        return web.get().uri("/api/notifications/deliveries" + query)
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
