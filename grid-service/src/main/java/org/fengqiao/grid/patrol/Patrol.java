package org.fengqiao.grid.patrol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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

    /** The id of a patrol a phone started with its own id: the same worker and client id give the same patrol. */
    static String idFor(String worker, String clientPatrolId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((worker + '\n' + clientPatrolId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
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
