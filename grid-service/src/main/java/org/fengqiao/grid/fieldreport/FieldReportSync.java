package org.fengqiao.grid.fieldreport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offline sync: a phone's queued reports in one batch. Each item is read, checked and stored on its own, so a bad
 * item is rejected alone; items are processed one after another in device-time order (when they occurred), the
 * order the worker saw things happen.
 */
@Service
class FieldReportSync {

    private final FieldReportIntake intake;
    private final JsonMapper json;
    private final FieldReportProperties properties;

    FieldReportSync(FieldReportIntake intake, JsonMapper json, FieldReportProperties properties) {
        this.intake = intake;
        this.json = json;
        this.properties = properties;
    }

    Mono<BatchResponse> sync(List<JsonNode> items, CurrentUser user) {
        if (items.size() > properties.maxBatchSize()) {
            return Mono.error(new FieldReportRejectedException(Rejection.invalid(List.of(new FieldProblem("reports",
                    "一批最多 " + properties.maxBatchSize() + " 条上报，请分批同步")))));
        }
        List<Item> parsed = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            parsed.add(read(index, items.get(index)));
        }
        List<Item> byDeviceTime = parsed.stream()
                .sorted(Comparator.comparing(Item::deviceTime).thenComparing(Item::index))
                .toList();
        return Flux.fromIterable(byDeviceTime)
                .concatMap(item -> item.unreadable() != null
                        ? Mono.just(BatchItemResult.rejected(item.index(), item.clientReportId(), item.unreadable()))
                        : intake.submit(item.request(), user)
                                .map(outcome -> BatchItemResult.of(item.index(), item.clientReportId(), outcome)))
                .collectSortedList(Comparator.comparingInt(BatchItemResult::index))
                .map(BatchResponse::of);
    }

    private Item read(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Item(index, null, null, Rejection.invalid(List.of(new FieldProblem("reports[" + index + "]",
                    "每条上报须为 JSON 对象"))));
        }
        JsonNode clientId = node.get("clientReportId");
        String clientReportId = clientId != null && clientId.isString() ? clientId.asString() : null;
        try {
            return new Item(index, clientReportId, json.treeToValue(node, FieldReportRequest.class), null);
        }
        catch (JacksonException ex) {
            String field = ex.getPath().isEmpty() ? null : ex.getPath().get(ex.getPath().size() - 1).getPropertyName();
            return new Item(index, clientReportId, null, Rejection.invalid(List.of(new FieldProblem(
                    field == null ? "reports[" + index + "]" : field, "值无效或类型不正确"))));
        }
    }

    private record Item(int index, String clientReportId, FieldReportRequest request, Rejection unreadable) {

        Instant deviceTime() {
            return request != null && request.occurredAt() != null ? request.occurredAt() : Instant.MAX;
        }
    }
}
