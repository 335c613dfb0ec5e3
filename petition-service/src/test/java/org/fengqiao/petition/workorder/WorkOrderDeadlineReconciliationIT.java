package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.fengqiao.petition.PetitionIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The sweep that repairs {@code open_deadlines} after a crash between an order's save and its deadline write:
 * the crash is simulated by writing (or deleting) the entry behind the service's back.
 */
@PetitionIT
class WorkOrderDeadlineReconciliationIT {

    private static final String ORDER = """
            {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
             "content":"枫源村村口路灯不亮。","category":"help","urgency":"normal"}""";

    @Autowired
    WebTestClient web;
    @Autowired
    WorkOrderDeadlineReconciliation sweep;
    @Autowired
    WorkOrderDeadlines deadlines;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aRunningOrderWhoseDeadlineWriteWasLostGetsItsEntryBack() {
        String id = dispatched();
        Instant dueAt = dueAt(id);
        mongo.remove(entryQuery(id), OpenDeadline.COLLECTION).block();
        assertThat(entry(id)).isNull();

        assertThat(sweep.reconcile().block().opened()).isGreaterThanOrEqualTo(1);

        OpenDeadline repaired = entry(id);
        assertThat(repaired.open()).isTrue();
        assertThat(repaired.dueAt()).isEqualTo(dueAt);
        assertThat(repaired.holder()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(repaired.caseNumber()).startsWith("ZJ-SWEEP-");
        assertThat(repaired.nextAlertAt()).isEqualTo(deadlines.approachingAt(dueAt, 1));
        assertThat(repaired.alerts()).extracting(OpenDeadline.Alert::key).contains(OpenDeadline.BREACHED);

        // A second sweep finds nothing left to do for it.
        Instant nextAlertAt = repaired.nextAlertAt();
        sweep.reconcile().block();
        assertThat(entry(id).nextAlertAt()).isEqualTo(nextAlertAt);
    }

    @Test
    void anEntryLeftWithAnEarlierDeadlineOrAnotherHolderFollowsTheOrderAgain() {
        String id = dispatched();
        Instant dueAt = dueAt(id);
        // An approved extension or a reassignment whose deadline write was lost.
        mongo.updateFirst(entryQuery(id), new Update().set("dueAt", Date.from(dueAt.minusSeconds(86_400)))
                .set("holder", DemoDivisions.ZHAOJIA), OpenDeadline.COLLECTION).block();

        sweep.reconcile().block();

        OpenDeadline repaired = entry(id);
        assertThat(repaired.dueAt()).isEqualTo(dueAt);
        assertThat(repaired.holder()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(repaired.open()).isTrue();
    }

    @Test
    void anEntryLeftOpenForARepliedOrAbsentOrderIsRemoved() {
        String id = dispatched();
        Document beforeReply = mongo.findOne(entryQuery(id), Document.class, OpenDeadline.COLLECTION).block();
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        act(id, "claim", fengqiao, null);
        act(id, "reply", fengqiao, "{\"reply\":\"已修复\"}");
        // The reply's write to open_deadlines "never happened": the entry is back as it was while dispatched.
        beforeReply.remove("outbox");
        mongo.save(beforeReply, OpenDeadline.COLLECTION).block();
        assertThat(entry(id).open()).isTrue();

        String absent = new ObjectId().toHexString();
        mongo.save(new Document("_id", WorkOrderDeadlineTracker.idOf(absent))
                .append("caseType", WorkOrderDeadlineTracker.CASE_TYPE).append("caseId", absent)
                .append("caseNumber", "ZJ-GONE").append("stage", WorkOrderDeadlineTracker.STAGE)
                .append("jurisdiction", DemoDivisions.COUNTY).append("holder", DemoDivisions.FENGQIAO)
                .append("dueAt", new Date()).append("open", true).append("alerts", List.of())
                .append("fired", List.of()).append("nextAlertAt", Date.from(Instant.now().plusSeconds(86_400))),
                OpenDeadline.COLLECTION).block();
        // Another track's entry in the same collection is not the work-order sweep's business.
        String petitionEntry = "petition-" + UUID.randomUUID() + ":" + "accept";
        mongo.save(new Document("_id", petitionEntry).append("caseType", "petition").append("caseId", absent)
                .append("open", true), OpenDeadline.COLLECTION).block();

        assertThat(sweep.reconcile().block().closed()).isGreaterThanOrEqualTo(2);

        assertThat(entry(id)).isNull();
        assertThat(entry(absent)).isNull();
        assertThat(mongo.findById(petitionEntry, Document.class, OpenDeadline.COLLECTION).block()).isNotNull();
        mongo.remove(Query.query(Criteria.where("_id").is(petitionEntry)), OpenDeadline.COLLECTION).block();
        assertThat(read(id).get("state").asString()).isEqualTo("replied");
    }

    private String dispatched() {
        String id = web.post().uri("/api/work-orders")
                .headers(headers -> headers.setBearerAuth(TestTokens.hotline()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ORDER.formatted("ZJ-SWEEP-" + UUID.randomUUID().toString().substring(0, 12)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        act(id, "dispatch", TestTokens.countyDispatcher(), "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\"}");
        assertThat(entry(id).open()).isTrue();
        return id;
    }

    private JsonNode read(String id) {
        return web.get().uri("/api/work-orders/{id}", id)
                .headers(headers -> headers.setBearerAuth(TestTokens.countyDispatcher())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private Instant dueAt(String id) {
        return Instant.parse(read(id).get("dueAt").asString());
    }

    private static Query entryQuery(String id) {
        return Query.query(Criteria.where("_id").is(WorkOrderDeadlineTracker.idOf(id)));
    }

    private OpenDeadline entry(String id) {
        return mongo.findById(WorkOrderDeadlineTracker.idOf(id), OpenDeadline.class, OpenDeadline.COLLECTION).block();
    }

    private void act(String id, String action, String token, String json) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/work-orders/{id}/" + action, id)
                .headers(headers -> headers.setBearerAuth(token));
        (json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()).expectStatus().isOk();
    }
}
