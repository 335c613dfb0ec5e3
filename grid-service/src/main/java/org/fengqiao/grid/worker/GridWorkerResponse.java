package org.fengqiao.grid.worker;

import java.time.Instant;
import java.util.List;

record GridWorkerResponse(String subject, String name, String phone, String village, List<String> gridCodes,
                          boolean active, Instant updatedAt, String updatedBy) {

    static GridWorkerResponse of(GridWorker worker) {
        return new GridWorkerResponse(worker.subject(), worker.name(), worker.phone(), worker.village(),
                worker.gridCodes(), worker.active(), worker.updatedAt(), worker.updatedBy());
    }
}
