package org.fengqiao.grid.jurisdiction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** One node of the jurisdiction tree (county, township, village or grid), keyed by its division code. */
@Document(Division.COLLECTION)
class Division {

    static final String COLLECTION = "divisions";

    @Id
    private final String code;
    @Version
    private Long version;
    private final String name;
    private final Tier tier;
    private final String parentCode;
    private final Boundary boundary;
    private final GeoPoint centre;
    private final Instant updatedAt;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    Division(String code, Long version, String name, Tier tier, String parentCode, Boundary boundary, GeoPoint centre,
             Instant updatedAt, List<OutboxEvent> outbox) {
        this.code = code;
        this.version = version;
        this.name = name;
        this.tier = tier;
        this.parentCode = parentCode;
        this.boundary = boundary;
        this.centre = centre;
        this.updatedAt = updatedAt;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** A new division; its tier and parent follow from the code. */
    static Division create(Jurisdiction code, String name, Boundary boundary, GeoPoint centre, Instant now) {
        return new Division(code.code(), null, name, Tier.of(code), code.parent().map(Jurisdiction::code).orElse(null),
                boundary, centre, now, List.of());
    }

    String code() {
        return code;
    }

    Long version() {
        return version;
    }

    String name() {
        return name;
    }

    Tier tier() {
        return tier;
    }

    String parentCode() {
        return parentCode;
    }

    Boundary boundary() {
        return boundary;
    }

    GeoPoint centre() {
        return centre;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}
