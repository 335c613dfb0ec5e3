package org.fengqiao.grid.fieldreport;

/** Where a report stands after it was accepted. */
enum FieldReportStatus {
    /** 就地处置: the worker settled it on the spot; nothing further happens. */
    closed,
    /** 已移交: a dispute or petition sign handed to mediation-service or petition-service to open a case. */
    forwarded,
    /** 待处置: waiting in the township's queue in grid-service, due by {@code dueAt}. */
    queued,
    /** 已上报上级: not handled in time, escalated to the county's grid platform; still to be handled. */
    escalated,
    /** 已处置: the township recorded its result, fed back to the reporting worker. */
    handled;

    static FieldReportStatus initial(FieldReportType type, boolean handledOnSpot) {
        if (handledOnSpot) {
            return closed;
        }
        return type == FieldReportType.dispute_sign || type == FieldReportType.petition_sign ? forwarded : queued;
    }
}
