package org.fengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.PetitionAccepted;
import org.fengqiao.events.petition.v1.PetitionAssigned;
import org.fengqiao.events.petition.v1.PetitionEscalated;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionNotAccepted;
import org.fengqiao.events.petition.v1.PetitionReReviewDecided;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionReturned;
import org.fengqiao.events.petition.v1.PetitionReviewDecided;
import org.fengqiao.events.petition.v1.PetitionSupervisionIssued;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** 信访 notices: SMS to the petitioner, petition items in unit inboxes, 集体访 alerts to the county's leaders. */
@NotificationIT
class PetitionNoticesIT {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final String PREFIX = "【枫桥信访】陈某某您好，您的信访事项（编号";

    @Autowired
    WebTestClient web;

    private final TestEventPublisher events = TestEventPublisher.toSharedBroker();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void thePetitionerIsToldOfAcceptanceExtensionReplyAndReviewsOnceEachAndOfANonAcceptanceWithItsReason() {
        String id = newId();
        String number = "XF-SMS-" + id.substring(0, 6);
        UUID acceptedId = UUID.randomUUID();
        PetitionAccepted accepted = petition(PetitionAccepted.class, id, number, "13900000311");
        events.publish(accepted, id, accepted.jurisdiction(), acceptedId);
        events.publish(accepted, id, accepted.jurisdiction(), acceptedId);
        PetitionAccepted silent = petition(PetitionAccepted.class, newId(), "XF-SMS-NOPHONE", null);
        events.publish(silent, id, silent.jurisdiction());
        PetitionNotAccepted refused = petition(PetitionNotAccepted.class, newId(), number + "-N", "13900000316");
        events.publish(refused, id, refused.jurisdiction());
        events.publish(petition(PetitionExtensionDecided.class, id, number, "13900000312"), id, DemoDivisions.FENGYUAN);
        events.publish(petition(PetitionReplied.class, id, number, "13900000313"), id, DemoDivisions.FENGYUAN);
        events.publish(petition(PetitionReviewDecided.class, id, number, "13900000314"), id, DemoDivisions.FENGYUAN);
        events.publish(petition(PetitionReReviewDecided.class, id, number, "13900000315"), id, DemoDivisions.FENGYUAN);

        // One petition's notices go out in order: the re-review decision is the last of them.
        await().atMost(LONG).until(() -> smsTo("13900000315").size() == 1);
        assertThat(smsTo("13900000311")).containsExactly(
                PREFIX + number + "）已依法受理，我们将于2027年1月23日前书面答复您。");
        assertThat(smsTo("13900000312")).containsExactly(
                PREFIX + number + "）因情况复杂，办理期限延长30日，我们将于2027年2月22日前答复您。");
        assertThat(smsTo("13900000313")).containsExactly(PREFIX + number
                + "）已答复：经核查，补偿款已按政策重新核算，差额于12月底前补发。如对答复不服，可于2027年2月4日前向上一级机关请求复查。");
        assertThat(smsTo("13900000314")).containsExactly(PREFIX + number
                + "）复查意见：维持原处理意见。原答复意见事实清楚，予以维持。如不服，可于2027年3月12日前请求复核。");
        assertThat(smsTo("13900000315")).containsExactly(PREFIX + number + "）复核意见：维持原处理意见。复查意见正确，予以维持。");
        await().atMost(LONG).until(() -> smsTo("13900000316").size() == 1);
        assertThat(smsTo("13900000316")).containsExactly(PREFIX + number
                + "-N）不予受理，理由：该事项属于人民法院受理范围，请依法向人民法院提起诉讼。书面告知书将另行送达。");

        // A supervisor finds the petition's notices by its number, each naming the petition as its case.
        JsonNode log = deliveries("?caseNumber=" + number + "&channel=sms");
        assertThat(log.get("total").asLong()).isEqualTo(5);
        assertThat(log.get("items").valueStream().map(item -> item.get("template").asString()).toList())
                .containsExactlyInAnyOrder("sms.petition.accepted", "sms.petition.extended", "sms.petition.replied",
                        "sms.petition.review-decided", "sms.petition.re-review-decided");
        assertThat(log.get("items")).allSatisfy(item -> {
            assertThat(item.get("caseType").asString()).isEqualTo("petition");
            assertThat(item.get("caseId").asString()).isEqualTo(id);
            assertThat(item.get("caseNumber").asString()).isEqualTo(number);
            assertThat(item.has("orderNumber")).isFalse();
        });
        JsonNode replied = deliveries("?caseNumber=" + number + "&eventType=petition.replied");
        assertThat(replied.get("total").asLong()).isEqualTo(1);
        assertThat(replied.get("items").get(0).get("template").asString()).isEqualTo("sms.petition.replied");
        assertThat(deliveries("?caseType=petition&caseId=" + id).get("total").asLong()).isEqualTo(5);
        assertThat(deliveries("?caseType=work-order&caseId=" + id).get("total").asLong()).isZero();
        JsonNode toOne = deliveries("?recipient=13900000313");
        assertThat(toOne.get("total").asLong()).isEqualTo(1);
        assertThat(toOne.get("items").get(0).get("recipient").asString()).isEqualTo("139****0313");
        assertThat(deliveries("?orderNumber=" + number).get("total").asLong()).isEqualTo(5);
        assertThat(deliveries("?orderNumber=XF-SMS-NOPHONE").get("total").asLong()).isZero();
    }

    @Test
    void assignmentsReturnsEscalationsAndSupervisionReachTheUnitsAndACollectivePetitionTheLeaders() {
        String id = newId();
        String number = "XF-INBOX-" + id.substring(0, 6);
        events.publish(petition(PetitionAssigned.class, id, number, null), id, DemoDivisions.FENGYUAN);
        events.publish(petition(PetitionReturned.class, id, number, null), id, DemoDivisions.FENGYUAN);
        events.publish(petition(PetitionEscalated.class, id, number, null), id, DemoDivisions.FENGYUAN);
        events.publish(petition(PetitionSupervisionIssued.class, id, number, null), id, DemoDivisions.FENGYUAN);
        String single = newId();
        events.publish(registered(single, false), single, DemoDivisions.FENGYUAN);
        String collective = newId();
        events.publish(registered(collective, true), collective, DemoDivisions.FENGYUAN);

        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        await().atMost(LONG).until(() -> titlesAbout(fengqiao, id).size() == 2);
        assertThat(titlesAbout(fengqiao, id)).containsExactlyInAnyOrder("交办信访件：" + number, "督办通知：" + number);
        JsonNode supervision = itemsAbout(fengqiao, id).stream()
                .filter(item -> item.get("kind").asString().equals("petition.supervision-issued")).findFirst().orElseThrow();
        assertThat(supervision.get("body").asString())
                .isEqualTo("县督查室对信访件 " + number + " 发出督办，事由：距答复期限不足10日，请加快办理，请于 12月25日 前反馈办理情况。");
        assertThat(supervision.get("link").asString()).isEqualTo("/api/petitions/" + id);

        await().atMost(LONG).until(() -> titlesAbout(TestTokens.countyDispatcher(), id).size() == 3);
        assertThat(titlesAbout(TestTokens.countyDispatcher(), id)).containsExactlyInAnyOrder(
                "协办信访件：" + number, "信访件被退回：" + number, "信访件上报：" + number);
        assertThat(itemsAbout(TestTokens.handlerOf(DemoDivisions.ZHAOJIA), id)).isEmpty();

        await().atMost(LONG).until(() -> titlesAbout(TestTokens.countyLeader(), collective).size() == 1);
        assertThat(titlesAbout(TestTokens.countyLeader(), collective)).containsExactly("集体访预警：XF-C-" + collective);
        assertThat(itemsAbout(TestTokens.countyLeader(), single)).isEmpty();
        await().atMost(LONG).until(() -> smsTo(NotificationIT.LEADER_PHONE).stream()
                .anyMatch(text -> text.contains("6人集体访：征地补偿款分配不公，要求重新核算（信访件 XF-C-" + collective + "）")));
        JsonNode alert = deliveries("?caseId=" + collective + "&eventType=petition.registered&channel=sms");
        assertThat(alert.get("total").asLong()).isEqualTo(1);
        assertThat(alert.get("items").get(0).get("caseType").asString()).isEqualTo("petition");
        assertThat(alert.get("items").get(0).get("caseNumber").asString()).isEqualTo("XF-C-" + collective);
        assertThat(alert.get("items").get(0).get("template").asString()).isEqualTo("sms.leader.alert");
    }

    private static PetitionRegistered registered(String id, boolean collective) {
        PetitionRegistered sample = GoldenSamples.read(PetitionEvents.JSON, PetitionRegistered.class);
        ObjectNode node = (ObjectNode) PetitionEvents.JSON.tree(sample);
        node.put("petitionId", id).put("petitionNumber", "XF-C-" + id).put("collective", collective)
                .put("headCount", collective ? 6 : 1);
        return (PetitionRegistered) PetitionEvents.JSON.read(typeOf(PetitionRegistered.class), node.toString());
    }

    /** The golden sample of {@code type} for another petition, number and phone. */
    private static <T> T petition(Class<T> type, String id, String number, String phone) {
        ObjectNode node = (ObjectNode) PetitionEvents.JSON.tree(GoldenSamples.read(PetitionEvents.JSON, type));
        node.put("petitionId", id).put("petitionNumber", number);
        if (node.has("petitionerPhone")) {
            node.put("petitionerPhone", phone);
        }
        return type.cast(PetitionEvents.JSON.read(typeOf(type), node.toString()));
    }

    private static EventTypeId typeOf(Class<?> type) {
        return EventCatalog.standard().typeIdOf(type);
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private List<JsonNode> itemsAbout(String token, String caseId) {
        JsonNode inbox = web.get().uri("/api/inbox?size=100").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return inbox.get("items").valueStream().filter(item -> caseId.equals(item.get("caseId").asString())).toList();
    }

    private List<String> titlesAbout(String token, String caseId) {
        return itemsAbout(token, caseId).stream().map(item -> item.get("title").asString()).toList();
    }

    private List<String> smsTo(String phone) {
        JsonNode messages = web.get().uri("/api/notifications/sms-simulator/messages?to={to}", phone)
                .headers(h -> h.setBearerAuth(TestTokens.countyAdmin())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return messages.valueStream().map(message -> message.get("text").asString()).toList();
    }

    private JsonNode deliveries(String query) {
        return web.get().uri("/api/notifications/deliveries" + query)
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
