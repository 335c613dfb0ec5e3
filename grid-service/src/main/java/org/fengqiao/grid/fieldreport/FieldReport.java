package org.fengqiao.grid.fieldreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.fengqiao.events.grid.v1.FieldReportEscalated;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 事件上报: a grid worker's field report. Its id is derived from the reporter and the phone's client id, so the
 * store's {@code _id} uniqueness is what makes a resent report a duplicate, even when two syncs race.
 */
@Document(FieldReport.COLLECTION)
class FieldReport {

    static final String COLLECTION = "field_reports";

    @Id
    private final String id;
    @Version
    private Long version;
    private final String clientReportId;
    private final FieldReportType type;
    private final String title;
    private final String description;
    private final String gridCode;
    private final String jurisdiction;
    private final Double latitude;
    private final Double longitude;
    private final LocationCheck locationCheck;
    private final Instant occurredAt;
    private final Urgency urgency;
    private final int peopleInvolved;
    private final boolean handledOnSpot;
    private final String result;
    private FieldReportStatus status;
    private final String caseReference;
    private final String reporter;
    private final String reporterName;
    private final Instant submittedAt;
    private final Instant dueAt;
    private Instant escalatedAt;
    private Handling handling;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    FieldReport(String id, Long version, String clientReportId, FieldReportType type, String title,
                String description, String gridCode, String jurisdiction, Double latitude, Double longitude,
                LocationCheck locationCheck, Instant occurredAt, Urgency urgency, int peopleInvolved,
                boolean handledOnSpot, String result, FieldReportStatus status, String caseReference, String reporter,
                String reporterName, Instant submittedAt, Instant dueAt, Instant escalatedAt, Handling handling,
                List<OutboxEvent> outbox) {
        this.id = id;
        this.version = version;
        this.clientReportId = clientReportId;
        this.type = type;
        this.title = title;
        this.description = description;
        this.gridCode = gridCode;
        this.jurisdiction = jurisdiction;
        this.latitude = latitude;
        this.longitude = longitude;
        this.locationCheck = locationCheck;
        this.occurredAt = occurredAt;
        this.urgency = urgency;
        this.peopleInvolved = peopleInvolved;
        this.handledOnSpot = handledOnSpot;
        this.result = result;
        this.status = status;
        this.caseReference = caseReference;
        this.reporter = reporter;
        this.reporterName = reporterName;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
        this.escalatedAt = escalatedAt;
        this.handling = handling;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** The report id for a reporter's client id: 24 hex digits, the same every time the phone resends. */
    static String idFor(String reporter, String clientReportId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((reporter + '\n' + clientReportId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * An accepted report with its {@code field-report.submitted} event pending; one that waits in the township's
     * queue is due {@code timeLimit} after now.
     */
    static FieldReport submit(String id, FieldReportRequest request, LocationCheck locationCheck, String reporter,
                              String reporterName, Instant now, Duration timeLimit) {
        FieldReportStatus status = FieldReportStatus.initial(request.type(), request.onSpot());
        String village = request.gridCode().substring(0, 12);
        String result = request.onSpot() ? request.result() : null;
        FieldReport report = new FieldReport(id, null, request.clientReportId(), request.type(), request.title(),
                request.description(), request.gridCode(), village, request.latitude(), request.longitude(),
                locationCheck, request.occurredAt(), request.urgency(), request.people(), request.onSpot(),
                result, status, null, reporter, reporterName, now,
                status == FieldReportStatus.queued ? now.plus(timeLimit) : null, null, null, List.of());
        report.outbox.add(OutboxEvent.of(new FieldReportSubmitted(id, request.clientReportId(), request.type().name(),
                request.title(), request.description(), request.gridCode(), village, request.latitude(),
                request.longitude(), request.occurredAt(), request.urgency().name(), request.people(), reporter,
                reporterName, request.onSpot(), result, now), id, village, now));
        return report;
    }

    /**
     * 上报上级网格平台: not handled by its deadline, so it goes to the county's grid platform, once.
     *
     * @throws IllegalStateException when it is no longer waiting in the queue
     */
    void escalate(Instant now) {
        if (status != FieldReportStatus.queued) {
            throw new IllegalStateException("report " + id + " is " + status + ", not queued");
        }
        status = FieldReportStatus.escalated;
        escalatedAt = now;
        String county = gridCode.substring(0, 6);
        outbox.add(OutboxEvent.of(new FieldReportEscalated(id, type.name(), title, gridCode, jurisdiction,
                gridCode.substring(0, 9), urgency.name(), submittedAt, dueAt, county, now), id, jurisdiction, now));
    }

    /** Whether the township may still record a result: waiting in the queue or escalated. */
    boolean awaitsHandling() {
        return status == FieldReportStatus.queued || status == FieldReportStatus.escalated;
    }

    /** The township's result, fed back to the reporting worker with the report. */
    void handle(Handling result) {
        if (!awaitsHandling()) {
            throw new IllegalStateException("report " + id + " is " + status);
        }
        status = FieldReportStatus.handled;
        handling = result;
    }

    String id() {
        return id;
    }

    String clientReportId() {
        return clientReportId;
    }

    FieldReportType type() {
        return type;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String gridCode() {
        return gridCode;
    }

    String jurisdiction() {
        return jurisdiction;
    }

    Double latitude() {
        return latitude;
    }

    Double longitude() {
        return longitude;
    }

    LocationCheck locationCheck() {
        return locationCheck;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    Urgency urgency() {
        return urgency;
    }

    int peopleInvolved() {
        return peopleInvolved;
    }

    boolean handledOnSpot() {
        return handledOnSpot;
    }

    String result() {
        return result;
    }

    FieldReportStatus status() {
        return status;
    }

    String caseReference() {
        return caseReference;
    }

    String reporter() {
        return reporter;
    }

    String reporterName() {
        return reporterName;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    Handling handling() {
        return handling;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}
