package org.fengqiao.events.mediation.v1;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 分流: a dispute left mediation for another channel. With {@code channel = petition}, petition-service registers it
 * as a petition (信访事项) from the applicant(s), using {@code disputeId} as its idempotency key.
 *
 * @param disputeId      the dispute, also the event key
 * @param jurisdiction   division code of the dispute's place
 * @param tier           the tier that diverted it
 * @param handlingUnit   division code of that tier's unit
 * @param channel        {@code litigation}, {@code arbitration}, {@code administrative_ruling} or {@code petition}
 * @param reason         why, in Chinese
 * @param type           dispute type code
 * @param summary        short description
 * @param description    the full description, or {@code null}
 * @param address        where it happened
 * @param parties        the parties with their roles ({@code applicant}, {@code respondent}, {@code third_party})
 * @param peopleInvolved head count
 * @param riskGrade      1-4
 * @param at             when it was diverted
 */
@EventType(value = "dispute.diverted", version = 1, topic = Topics.MEDIATION)
public record DisputeDiverted(
        String disputeId,
        String jurisdiction,
        String tier,
        String handlingUnit,
        String channel,
        String reason,
        String type,
        String summary,
        String description,
        String address,
        List<Party> parties,
        int peopleInvolved,
        int riskGrade,
        Instant at) {

    /**
     * A party of the dispute.
     *
     * @param name  full name
     * @param role  {@code applicant}, {@code respondent} or {@code third_party}
     * @param phone phone number, or {@code null}
     */
    public record Party(String name, String role, String phone) {
    }
}
