package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 登记: a petition was registered from one of its channels. Carries what KPIs and leader alerts need; never the ID-card
 * number.
 *
 * <p>Like every petition event it carries {@code petitionId}, {@code petitionNumber}, {@code state},
 * {@code holder}, {@code jurisdiction}, {@code at} and {@code by}; see {@link PetitionRegistered} for the
 * matter itself. No event carries the petitioner's ID-card number.
 *
 * @param petitionId        our id of the petition, also the event key
 * @param petitionNumber    the number people know the petition by (信访件编号)
 * @param state             the state after the change (lowercase, see the package)
 * @param holder            unit code holding it now: {@code 330681101} or {@code 330681:gtj}; {@code null} if none
 * @param jurisdiction      division code of the place the matter belongs to (属地); scopes who may see it
 * @param at                when the change happened
 * @param channel           {@code letter}, {@code visit}, {@code online}, {@code phone}, {@code leader_reception},
 *                          {@code hotline_transfer}, {@code grid_report}, {@code mediation_diversion}
 * @param registeredAt      when it was registered (the same as {@code at})
 * @param registeringUnit   division code of the first-contact unit (首问单位)
 * @param category          category code from the petition catalogue
 * @param purpose           {@code demand} (求决), {@code appeal} (申诉), {@code suggestion} (建议), {@code accusation}
 *                          (揭发控告)
 * @param summary           short content of the matter
 * @param homeTier          tier that owns the place: {@code county}, {@code township} or {@code village}
 * @param collective        集体访: head count at or above the configured threshold
 * @param headCount         how many people came or signed
 * @param batchNumber       the visit batch (批次) for visits, or {@code null}
 * @param skipLevel         越级: filed above the tier that owns the place
 * @param repeat            重复: the same petitioner on the same matter within the configured window
 * @param repeatOf          the earlier petition's id when {@code repeat}, or {@code null}
 * @param firstPetition     初信初访: neither repeat nor after termination
 * @param litigationRelated 涉法涉诉: the category belongs to courts, arbitration or administrative review
 * @param afterTermination  the same petitioner and matter were already terminated after 复核; not to be accepted
 * @param petitionerCount   how many petitioners are recorded
 * @param petitionerName    the (first) petitioner's name, for notices
 * @param petitionerPhone   the (first) petitioner's phone for SMS notices, or {@code null}
 * @param acceptDueAt       when the acceptance decision is due (15 calendar days)
 * @param sourceRef         the originating record for transfers: the 12345 order number, the dispute id or the
 *                          field report id; {@code null} otherwise
 * @param by                subject of the user who made the change
 */
@EventType(value = "petition.registered", version = 1, topic = Topics.PETITION)
public record PetitionRegistered(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String channel,
        Instant registeredAt,
        String registeringUnit,
        String category,
        String purpose,
        String summary,
        String homeTier,
        boolean collective,
        int headCount,
        String batchNumber,
        boolean skipLevel,
        boolean repeat,
        String repeatOf,
        boolean firstPetition,
        boolean litigationRelated,
        boolean afterTermination,
        int petitionerCount,
        String petitionerName,
        String petitionerPhone,
        Instant acceptDueAt,
        String sourceRef,
        String by) {
}
