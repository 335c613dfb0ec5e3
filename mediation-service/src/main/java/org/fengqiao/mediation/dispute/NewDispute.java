package org.fengqiao.mediation.dispute;

import java.util.List;

import org.fengqiao.platform.security.Jurisdiction;

/** What a dispute is opened with, whichever way it arrives. */
record NewDispute(
        DisputeSource source,
        String sourceReference,
        DisputeType type,
        String summary,
        String description,
        List<Party> parties,
        int peopleInvolved,
        Long amount,
        String address,
        Jurisdiction place,
        String openedBy) {
}
