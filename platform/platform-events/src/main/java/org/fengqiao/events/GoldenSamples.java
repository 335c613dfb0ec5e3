package org.fengqiao.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The golden JSON samples, one per event type and version ({@code samples/<event-type>.v<N>.json} on
 * the classpath). A producer's test checks that its event serialises to the sample; every consumer's
 * test reads every sample it handles, old versions included.
 */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static String json(EventTypeId typeId) {
        try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(typeId.sampleResource())) {
            if (in == null) {
                throw new IllegalStateException("no golden sample " + typeId.sampleResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample of the catalog, read into its payload record. */
    public static Map<EventTypeId, Object> readAll(EventJson json) {
        Map<EventTypeId, Object> payloads = new LinkedHashMap<>();
        for (EventTypeId typeId : json.catalog().typeIds()) {
            payloads.put(typeId, json.read(typeId, json(typeId)));
        }
        return payloads;
    }

    /** The sample of the given type read into its payload record. */
    public static <T> T read(EventJson json, Class<T> payloadType) {
        EventTypeId typeId = json.catalog().typeIdOf(payloadType);
        return payloadType.cast(json.read(typeId, json(typeId)));
    }

    /** Whether the payload serialises to exactly its golden sample (as JSON trees, field order aside). */
    public static boolean matches(EventJson json, Object payload) {
        EventTypeId typeId = json.catalog().typeIdOf(payload.getClass());
        return json.tree(payload).equals(json.parse(json(typeId)));
    }
}
