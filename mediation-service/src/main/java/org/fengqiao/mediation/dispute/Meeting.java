package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 三级例会纪要: a held meeting of one unit (county, township or village), who attended, and the analysis (研判) and
 * decision for each dispute it discussed, kept as recorded.
 *
 * @param id           the meeting
 * @param jurisdiction division code of the unit that met
 * @param tier         that unit's tier
 * @param heldAt       when it met
 * @param chair        who chaired (name)
 * @param attendees    who attended (names)
 * @param items        the disputes discussed, in the order discussed
 * @param minutes      会议纪要: the meeting's own summary
 * @param recordedBy   who recorded it (subject)
 * @param recordedAt   when it was recorded
 */
@Document(Meeting.COLLECTION)
record Meeting(@Id String id, String jurisdiction, Tier tier, Instant heldAt, String chair, List<String> attendees,
               List<Item> items, String minutes, String recordedBy, Instant recordedAt) {

    static final String COLLECTION = "meetings";

    /**
     * One dispute on the meeting's table: how it stood then, the analysis and the decision.
     *
     * @param disputeId    the dispute
     * @param summary      its summary then
     * @param state        its state then
     * @param tier         the tier handling it then
     * @param handlingUnit the unit handling it then
     * @param riskGrade    its risk grade then
     * @param analysis     研判: what the meeting made of it
     * @param decision     what was decided (who does what by when)
     */
    record Item(String disputeId, String summary, DisputeState state, Tier tier, String handlingUnit, int riskGrade,
                String analysis, String decision) {
    }
}
