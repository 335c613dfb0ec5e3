package org.fengqiao.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON (de)serialisation of event payloads by logical type id. Unknown fields are ignored so that
 * additive changes within a version never break a consumer; timestamps are ISO-8601 strings.
 */
public final class EventJson {

    private final EventCatalog catalog;
    private final JsonMapper mapper;

    public EventJson(EventCatalog catalog) {
        this.catalog = catalog;
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public static EventJson standard() {
        return new EventJson(EventCatalog.standard());
    }

    public EventCatalog catalog() {
        return catalog;
    }

    public String write(Object payload) {
        catalog.typeIdOf(payload.getClass());
        return mapper.writeValueAsString(payload);
    }

    /**
     * Reads a payload of the given logical type.
     *
     * @throws UnreadableEventException when the type is unknown or the JSON does not fit its contract
     */
    public Object read(EventTypeId typeId, String json) {
        Class<?> payloadClass = catalog.payloadClass(typeId)
                .orElseThrow(() -> new UnreadableEventException("unknown event type " + typeId, null));
        try {
            return mapper.readValue(json, payloadClass);
        } catch (JacksonException e) {
            throw new UnreadableEventException("cannot read " + typeId + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON tree a payload serialises to; golden-sample comparisons use it. */
    public JsonNode tree(Object payload) {
        return mapper.readTree(write(payload));
    }

    public JsonNode parse(String json) {
        return mapper.readTree(json);
    }
}
