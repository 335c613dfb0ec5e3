package org.fengqiao.grid.worker;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** One registered grid worker, keyed by their identity subject; {@code village} is where all their grids lie. */
@Document(GridWorker.COLLECTION)
class GridWorker {

    static final String COLLECTION = "grid_workers";

    @Id
    private final String subject;
    @Version
    private Long version;
    private final String name;
    private final String phone;
    private final String village;
    private final List<String> gridCodes;
    private final boolean active;
    private final Instant updatedAt;
    private final String updatedBy;

    @PersistenceCreator
    GridWorker(String subject, Long version, String name, String phone, String village, List<String> gridCodes,
               boolean active, Instant updatedAt, String updatedBy) {
        this.subject = subject;
        this.version = version;
        this.name = name;
        this.phone = phone;
        this.village = village;
        this.gridCodes = gridCodes == null ? List.of() : List.copyOf(gridCodes);
        this.active = active;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    GridWorker withDetails(String newName, String newPhone, String newVillage, List<String> newGrids,
                           boolean nowActive, Instant now, String by) {
        return new GridWorker(subject, version, newName, newPhone, newVillage, newGrids, nowActive, now, by);
    }

    String subject() {
        return subject;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    String village() {
        return village;
    }

    List<String> gridCodes() {
        return gridCodes;
    }

    boolean active() {
        return active;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
