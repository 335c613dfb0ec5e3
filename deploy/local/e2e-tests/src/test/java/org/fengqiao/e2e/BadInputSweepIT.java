package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.fengqiao.e2e.Actor.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scenario 5, the bad-input sweep: every write endpoint the services publish in their OpenAPI documents (read through
 * the gateway, so a new endpoint is swept without touching this test) gets malformed JSON, empty and wrong-shaped
 * bodies, each field missing, wrong-typed or replaced by a Mongo operator ({@code $gt}, {@code $where}), unknown enum
 * values, invalid division codes and ID numbers, and an oversized body; illegal transitions are tried on real records.
 * Every answer is a 4xx problem detail without a stack trace, and what the store lists is the same afterwards.
 */
@E2eStack.Uses
@Order(4)
class BadInputSweepIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SERVICES = List.of("petition", "mediation", "grid", "survey", "notification");
    /** Above the 1 MB body limit, which the gateway enforces before a service sees the body: 413. */
    private static final String OVERSIZED = "{\"content\":\"" + "x".repeat(1_300_000) + "\"}";

    private final E2eStack stack = E2eStack.shared();
    private final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void everyWriteEndpointAnswersBadInputWithA4xxProblemAndChangesNothing() throws Exception {
        Map<String, String> before = storeSnapshot();
        int endpoints = 0;
        // a few endpoints at a time, as several clients would: the calls wait on the network, not the CPU
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> sweeps = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode document = stack.anonymous().get("/v3/api-docs/" + service).json();
            for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    if (!List.of("POST", "PUT", "PATCH").contains(method)) {
                        continue;
                    }
                    endpoints++;
                    String template = path.getKey();
                    JsonNode described = operation.getValue();
                    sweeps.add(pool.submit(() -> sweep(document, method, template, described)));
                }
            }
        }
        try {
            for (Future<?> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%nBad-input sweep: %d write endpoints, %d calls, %d wrong answers; answers by status %s%n",
                endpoints, calls.get(), wrong.size(), statuses);
        wrong.forEach(line -> System.out.println("  ✗ " + line));
        assertThat(endpoints).as("write endpoints found in the API documents").isGreaterThan(30);
        assertThat(wrong).as("answers that are not a 4xx problem detail").isEmpty();
        assertThat(storeSnapshot()).as("what the store lists after the sweep").isEqualTo(before);
    }

    @Test
    void illegalTransitionsOnRealRecordsAreRefusedAndChangeNothing() {
        Actor hotline = stack.actor("hotline-12345");
        Actor dispatcher = stack.actor("county-dispatcher");
        Actor handler = stack.actor("handler-fengqiao");
        Response pushed = hotline.post("/api/work-orders", """
                {"orderNumber":"SWEEP-%s","callerName":"王秀英","callerPhone":"13905751234",
                 "content":"非法状态转换测试。","category":"help","urgency":"normal"}""".formatted(UUID.randomUUID()));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        String order = "/api/work-orders/" + pushed.json().get("id").asString();
        expect4xx(dispatcher.post(order + "/review", "{\"approved\":true}"));
        expect4xx(dispatcher.post(order + "/close", "{}"));
        expect4xx(dispatcher.post(order + "/reopen", "{\"reason\":\"未办结不能重办\"}"));
        expect4xx(dispatcher.post(order + "/reassign", "{\"jurisdiction\":\"330681101\"}"));
        expect4xx(dispatcher.post(order + "/extension/decision", "{\"approved\":true}"));
        assertThat(dispatcher.post(order + "/dispatch", "{\"jurisdiction\":\"330681101\"}").status()).isEqualTo(200);
        expect4xx(handler.post(order + "/reply", "{\"reply\":\"未签收先回单\"}"));
        expect4xx(dispatcher.post(order + "/dispatch", "{\"jurisdiction\":\"330681102\"}"));
        expect4xx(dispatcher.post(order + "/dispatch", "{\"jurisdiction\":\"330681199\"}"));

        Actor mediator = stack.actor("mediator-fengyuan");
        Response opened = mediator.post("/api/disputes", """
                {"source":"walk_in","type":"neighbour","summary":"非法状态转换测试",
                 "parties":[{"name":"张三","role":"applicant"},{"name":"李四","role":"respondent"}],
                 "peopleInvolved":2,"address":"枫源村","jurisdiction":"330681101201"}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String dispute = "/api/disputes/" + opened.json().get("id").asString();
        expect4xx(mediator.post(dispute + "/sessions/1/record", """
                {"heldAt":"2026-11-20T08:00:00Z","attendees":["张三"],"minutes":"无","outcome":"agreement",
                 "summary":"没有安排过调解"}"""));
        expect4xx(mediator.post(dispute + "/agreement/terms/1/performance", "{\"on\":\"2026-11-20\"}"));
        expect4xx(mediator.post(dispute + "/agreement/judicial-confirmation", "{\"on\":\"2026-11-20\"}"));
        Response after = mediator.get(dispute);
        assertThat(after.json().get("state").asString()).as(after.toString()).isEqualTo("accepted");
        System.out.printf("%nIllegal transitions: %d calls%n", calls.get());
        wrong.forEach(line -> System.out.println("  ✗ " + line));
        assertThat(wrong).isEmpty();
    }

    // ----- the sweep of one endpoint

    private void sweep(JsonNode document, String method, String template, JsonNode operation) {
        // an id nobody has (a 24-hex Mongo id) and number 1 for sessions and agreement terms
        String path = template.replaceAll("\\{(no|index)}", "1").replaceAll("\\{[^}]+}", "0123456789abcdef01234567");
        Actor actor = stack.actor(actorFor(template));
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.has("application/json")) {
            // text/csv and multipart: a JSON body is the wrong media type
            expect4xx(actor.send(method, path, "application/json", "{\"$where\":\"sleep(1000)\"}"));
            return;
        }
        expect4xx(actor.send(method, path, "application/json", "{\"unterminated\": "));
        expect4xx(actor.send(method, path, "application/json", "[1,2,3]"));
        expect4xx(actor.send(method, path, "application/json", "\"just a string\""));
        expect4xx(actor.send(method, path, "application/json", "{\"$where\":\"sleep(1000)\"}"));
        expect4xx(actor.send(method, path, "text/plain", "orderNumber=1"));
        Response oversized = actor.send(method, path, "application/json", OVERSIZED);
        expect4xx(oversized);
        if (oversized.status() != 413) {
            wrong.add(actor.name() + " " + method + " " + path + " with a 1.3 MB body → " + oversized.status()
                    + " (expected 413)");
        }
        JsonNode schema = resolve(document, content.get("application/json").get("schema"));
        if (!schema.has("properties")) {
            return;
        }
        ObjectNode base = (ObjectNode) sample(document, schema, "", 0);
        if (schema.has("required") && !schema.get("required").isEmpty()) {
            expect4xx(actor.send(method, path, "application/json", "{}"));
        }
        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            String field = property.getKey();
            JsonNode fieldSchema = resolve(document, property.getValue());
            for (Object bad : badValuesFor(field, fieldSchema)) {
                ObjectNode variant = base.deepCopy();
                if (bad instanceof JsonNode node) {
                    variant.set(field, node);
                } else {
                    variant.put(field, (String) bad);
                }
                expect4xx(actor.send(method, path, "application/json", variant.toString()));
            }
            if (schema.has("required") && contains(schema.get("required"), field)) {
                ObjectNode missing = base.deepCopy();
                missing.remove(field);
                expect4xx(actor.send(method, path, "application/json", missing.toString()));
            }
        }
    }

    private static List<Object> badValuesFor(String field, JsonNode schema) {
        List<Object> bad = new ArrayList<>();
        bad.add(JSON.readTree("{\"$gt\":\"\"}"));
        bad.add(JSON.readTree("{\"$where\":\"function(){return true}\"}"));
        String type = schema.path("type").asString("");
        if (schema.has("enum")) {
            bad.add("no_such_value");
        } else if (type.equals("integer") || type.equals("number")) {
            bad.add("十二");
        } else if (type.equals("boolean")) {
            bad.add(JSON.readTree("[true]"));
        } else if (type.equals("array")) {
            bad.add(JSON.readTree("\"not a list\""));
        } else if (type.equals("string") && "date-time".equals(schema.path("format").asString())) {
            bad.add("昨天下午");
        }
        String lower = field.toLowerCase();
        if (lower.contains("jurisdiction") || lower.contains("gridcode") || lower.equals("code")
                || lower.equals("parent")) {
            bad.add("33068");
            bad.add("3306811012019999");
            bad.add("33068A101");
        }
        if (lower.contains("idnumber") || lower.contains("idcard")) {
            bad.add("123456789");
            bad.add("33068119900101123X0");
        }
        return bad;
    }

    /** A body of the right shape, so each variant breaks one field only. */
    private static JsonNode sample(JsonNode document, JsonNode schema, String field, int depth) {
        schema = resolve(document, schema);
        if (schema.has("enum")) {
            return JSON.getNodeFactory().stringNode(schema.get("enum").get(0).asString());
        }
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        String lower = field.toLowerCase();
        return switch (type) {
            case "object" -> {
                ObjectNode node = JSON.createObjectNode();
                if (depth < 4 && schema.has("properties")) {
                    for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                        node.set(property.getKey(), sample(document, property.getValue(), property.getKey(), depth + 1));
                    }
                }
                yield node;
            }
            case "array" -> JSON.createArrayNode().add(sample(document, schema.path("items"), field, depth + 1))
                    .add(sample(document, schema.path("items"), field, depth + 1));
            case "integer", "number" -> JSON.getNodeFactory().numberNode(2);
            case "boolean" -> JSON.getNodeFactory().booleanNode(false);
            default -> JSON.getNodeFactory().stringNode(
                    "date-time".equals(schema.path("format").asString()) ? "2026-11-20T08:00:00Z"
                    : "date".equals(schema.path("format").asString()) ? "2026-11-20"
                    : lower.contains("phone") ? "13905751234"
                    : lower.contains("gridcode") ? "33068110120101"
                    : lower.contains("jurisdiction") ? "330681101201"
                    : "SWEEP-" + UUID.randomUUID().toString().substring(0, 8));
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            schema = document.at(ref.substring(1));
        }
        if (schema != null && schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(document, schema.get("allOf").get(0));
        }
        return schema == null ? JSON.createObjectNode() : schema;
    }

    private static boolean contains(JsonNode array, String value) {
        for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
            if (it.next().asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Who may call a write endpoint, so the body reaches the code that reads it. */
    private static String actorFor(String path) {
        if (path.startsWith("/api/field-reports") && !path.contains("handling") || path.startsWith("/api/patrols")) {
            return "gridworker-fengyuan";
        }
        if (path.startsWith("/api/jurisdictions") || path.startsWith("/api/grids/workers")
                || path.startsWith("/api/notifications")) {
            return "county-admin";
        }
        if (path.startsWith("/api/return-visits") || path.startsWith("/api/surveys")) {
            return "county-surveyor";
        }
        if (path.startsWith("/api/screenings/{id}/returns")) {
            return "mediator-fengyuan";
        }
        if (path.matches("/api/work-orders/\\{id}/(claim|return|reply|extension)")) {
            return "handler-fengqiao";
        }
        return "county-dispatcher";
    }

    // ----- checks

    private void expect4xx(Response response) {
        calls.incrementAndGet();
        if (response.status() >= 502 && response.status() <= 504) {
            response = stack.actor(response.actor()).repeat(response);
        }
        String body = response.body();
        statuses.merge(response.status(), 1, Integer::sum);
        boolean ok = response.status() >= 400 && response.status() < 500
                && response.contentType().startsWith("application/problem+json")
                && !body.contains("Exception") && !body.contains("\tat ") && !body.contains("at org.");
        if (!ok) {
            wrong.add(response.actor() + " " + response.call() + " with " + abbreviate(response.requestBody())
                    + " → " + response.status() + " " + response.contentType() + " " + abbreviate(body));
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }

    /** What the store lists, by id (and state for work orders), as the county sees it. */
    private Map<String, String> storeSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        Actor dispatcher = stack.actor("county-dispatcher");
        snapshot.put("work orders", ids(dispatcher.get("/api/work-orders?size=100").json().get("items"), "state"));
        snapshot.put("disputes", ids(dispatcher.get("/api/disputes?size=100").json(), null));
        snapshot.put("field reports", ids(dispatcher.get("/api/field-reports?limit=200").json(), "status"));
        snapshot.put("jurisdictions", ids(dispatcher.get("/api/jurisdictions/330681/children").json(), "name"));
        snapshot.put("grid workers", ids(dispatcher.get("/api/grids/workers").json(), null));
        snapshot.put("return visits", ids(dispatcher.get("/api/return-visits").json(), "state"));
        return snapshot;
    }

    private static String ids(JsonNode items, String alsoField) {
        TreeSet<String> ids = new TreeSet<>();
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                String id = item.has("id") ? item.get("id").asString() : item.path("code").asString(item.toString());
                ids.add(alsoField == null ? id : id + "=" + item.path(alsoField).asString(""));
            }
        }
        return ids.size() + " " + ids;
    }
}
