package org.fengqiao.grid.fieldreport;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.JsonNode;

/**
 * An offline-sync batch. Items stay raw JSON until each is read on its own, so one malformed item (an unknown
 * type, a date that does not parse) is rejected alone instead of failing the whole body.
 */
record BatchRequest(@NotNull @Size(min = 1, message = "至少需要一条上报") List<JsonNode> reports) {
}
