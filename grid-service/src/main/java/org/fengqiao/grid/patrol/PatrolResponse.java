package org.fengqiao.grid.patrol;

import java.time.Instant;
import java.util.List;

record PatrolResponse(String id, String gridCode, String worker, String workerName, Instant startedAt,
                      Instant endedAt, String notes, int points, List<Visit> visits) {

    static PatrolResponse of(Patrol patrol) {
        return new PatrolResponse(patrol.id(), patrol.gridCode(), patrol.worker(), patrol.workerName(),
                patrol.startedAt(), patrol.endedAt(), patrol.notes(), patrol.track().size(), patrol.visits());
    }
}
