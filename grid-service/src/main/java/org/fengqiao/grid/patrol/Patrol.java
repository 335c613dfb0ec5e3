package org.fengqiao.grid.patrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** 巡查: one patrol of a grid by its worker, with the GPS track and the households visited (走访). */
@Document(Patrol.COLLECTION)
class Patrol {

    static final String COLLECTION = "patrols";

    @Id
    private final String id;
    @Version
    private Long version;
    private final String gridCode;
    private final String worker;
    private final String workerName;
    private final Instant startedAt;
    private Instant endedAt;
    private String notes;
    private final List<TrackPoint> track;
    private final List<Visit> visits;

    @PersistenceCreator
    Patrol(String id, Long version, String gridCode, String worker, String workerName, Instant startedAt,
           Instant endedAt, String notes, List<TrackPoint> track, List<Visit> visits) {
        this.id = id;
        this.version = version;
        this.gridCode = gridCode;
        this.worker = worker;
        this.workerName = workerName;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.notes = notes;
        this.track = track == null ? new ArrayList<>() : new ArrayList<>(track);
        this.visits = visits == null ? new ArrayList<>() : new ArrayList<>(visits);
    }

    static Patrol start(String id, String gridCode, String worker, String workerName, Instant now) {
        return new Patrol(id, null, gridCode, worker, workerName, now, null, null, List.of(), List.of());
    }

    boolean ended() {
        return endedAt != null;
    }

    void record(List<TrackPoint> points) {
        track.addAll(points);
    }

    void end(String endNotes, List<Visit> households, Instant now) {
        notes = endNotes;
        visits.addAll(households);
        endedAt = now;
    }

    String id() {
        return id;
    }

    String gridCode() {
        return gridCode;
    }

    String worker() {
        return worker;
    }

    String workerName() {
        return workerName;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    String notes() {
        return notes;
    }

    List<TrackPoint> track() {
        return List.copyOf(track);
    }

    List<Visit> visits() {
        return List.copyOf(visits);
    }
}
