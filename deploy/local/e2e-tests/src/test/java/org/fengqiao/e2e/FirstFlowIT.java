package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.fengqiao.e2e.Actor.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton on the running platform: the 12345 system pushes a work order through the
 * gateway and the county dispatcher finds it in the inbox, once, even after a repeated push and a
 * restart of the whole stack.
 */
@E2eStack.Uses
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstFlowIT {

    private static final String ORDER_NUMBER = "ZJ12345-20261122-000173";
    private static final String WORK_ORDER = """
            {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
             "content":"枫源村村口路灯连续一周不亮，夜间通行不安全，请尽快维修。","category":"help",
             "urgency":"normal","address":"诸暨市枫桥镇枫源村村口"}""";

    private final E2eStack stack = E2eStack.shared();
    private String workOrderId;

    @Test
    @Order(1)
    void aCallWithoutATokenIsRefusedWithAProblemDetail() {
        Response response = Actor.anonymous(gateway()).get("/api/inbox");

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    }

    @Test
    @Order(2)
    void aDemoTokenIsAccepted() {
        Response response = actor("county-dispatcher").get("/api/inbox");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void everyServicesApiDocumentIsListedThroughTheGatewayWithoutLogin() {
        Actor anonymous = Actor.anonymous(gateway());
        for (String service : List.of("petition", "mediation", "grid", "survey", "notification")) {
            Response document = anonymous.get("/v3/api-docs/" + service);
            assertThat(document.status()).as(document.toString()).isEqualTo(200);
            assertThat(document.json().get("info").get("title").asString()).isEqualTo("Fengqiao " + service + "-service");
            assertThat(document.json().get("servers").get(0).get("url").asString()).as("calls go through the gateway")
                    .isEqualTo("/");
        }
        assertThat(anonymous.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    @Order(4)
    void theHotlinesWorkOrderReachesTheDispatchersInbox() {
        Response pushed = actor("hotline-12345").post("/api/work-orders", WORK_ORDER.formatted(ORDER_NUMBER));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        workOrderId = pushed.json().get("id").asString();

        Actor dispatcher = actor("county-dispatcher");
        await("the dispatcher's inbox shows the new order").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(inboxItemsFor(dispatcher, workOrderId)).hasSize(1));
        JsonNode item = inboxItemsFor(dispatcher, workOrderId).get(0);
        assertThat(item.get("title").asString()).isEqualTo("新工单待派单：" + ORDER_NUMBER);
        assertThat(item.get("read").asBoolean()).isFalse();
    }

    @Test
    @Order(5)
    void aRepeatedPushReturnsTheSameOrderAndNoSecondInboxItem() {
        Actor hotline = actor("hotline-12345");
        Response repeated = hotline.post("/api/work-orders", WORK_ORDER.formatted(ORDER_NUMBER));
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(repeated.json().get("id").asString()).isEqualTo(workOrderId);

        // A later order reaching the inbox shows the consumer has caught up past the repeated push.
        Response later = hotline.post("/api/work-orders", WORK_ORDER.formatted(ORDER_NUMBER + "-B"));
        String laterId = later.json().get("id").asString();
        Actor dispatcher = actor("county-dispatcher");
        await("the later order reaches the inbox").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(inboxItemsFor(dispatcher, laterId)).hasSize(1));
        assertThat(inboxItemsFor(dispatcher, workOrderId)).as("inbox items for the repeated order").hasSize(1);
    }

    @Test
    @Order(6)
    void aTownshipHandlerCannotSeeTheCountysOrder() {
        Response response = actor("handler-fengqiao").get("/api/work-orders/" + workOrderId);

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void theOrderAndTheInboxSurviveARestartOfTheWholeStack() {
        stack.restartAll();

        Response order = actor("county-dispatcher").get("/api/work-orders/" + workOrderId);
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        assertThat(order.json().get("orderNumber").asString()).isEqualTo(ORDER_NUMBER);
        assertThat(inboxItemsFor(actor("county-dispatcher"), workOrderId)).hasSize(1);
    }

    private Actor actor(String clientId) {
        return stack.actor(clientId);
    }

    private String gateway() {
        return stack.gateway();
    }

    private static List<JsonNode> inboxItemsFor(Actor reader, String caseId) {
        Response inbox = reader.get("/api/inbox?size=100");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return StreamSupport.stream(inbox.json().get("items").spliterator(), false)
                .filter(item -> caseId.equals(item.get("caseId").asString()))
                .toList();
    }
}
