package org.fengqiao.mediation.dispute;

import java.util.List;

import org.fengqiao.platform.security.Jurisdiction;

/**
 * What a dispute is opened with, whichever way it arrives.
 *
 * @param villagerGroup the 村民小组 whose branch takes it up first, or {@code null} to start at the village
 */
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
        String openedBy,
        String villagerGroup) {

    NewDispute(DisputeSource source, String sourceReference, DisputeType type, String summary, String description,
               List<Party> parties, int peopleInvolved, Long amount, String address, Jurisdiction place,
               String openedBy) {
        this(source, sourceReference, type, summary, description, parties, peopleInvolved, amount, address, place,
                openedBy, null);
    }
}
