package org.fengqiao.grid.jurisdiction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One node of the jurisdiction tree (county, township, village or grid), keyed by its division code. Every
 * creation and change carries its {@code jurisdiction.changed} event until the relay has published it.
 */
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
    private final String updatedBy;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    Division(String code, Long version, String name, Tier tier, String parentCode, Boundary boundary, GeoPoint centre,
             Instant updatedAt, String updatedBy, List<OutboxEvent> outbox) {
        this.code = code;
        this.version = version;
        this.name = name;
        this.tier = tier;
        this.parentCode = parentCode;
        this.boundary = boundary;
        this.centre = centre;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** A new division, announced as created; its tier and parent follow from the code. */
    static Division create(Jurisdiction code, String name, Boundary boundary, GeoPoint centre, String by,
                           Instant now) {
        Division division = new Division(code.code(), null, name, Tier.of(code),
                code.parent().map(Jurisdiction::code).orElse(null), boundary, centre, now, by, List.of());
        division.announce("created", 0, by, now);
        return division;
    }

    /** The same division with a new name, boundary and centre, announced as updated. */
    Division change(String newName, Boundary newBoundary, GeoPoint newCentre, String by, Instant now) {
        Division changed = new Division(code, version, newName, tier, parentCode, newBoundary, newCentre, now, by,
                outbox);
        changed.announce("updated", version == null ? 1 : version + 1, by, now);
        return changed;
    }

    private void announce(String change, long revision, String by, Instant now) {
        outbox.add(OutboxEvent.of(new JurisdictionChanged(code, name, tier.name(), parentCode,
                centre == null ? null : centre.latitude(), centre == null ? null : centre.longitude(),
                boundary != null, change, revision, by, now), code, code, now));
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

    String updatedBy() {
        return updatedBy;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}
