package org.fengqiao.petition.petition;

import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.calendar.ClockStop;

/** A petition as its readers see it: petitioners' ID-card numbers masked, phones in full. */
record PetitionResponse(
        String id,
        String number,
        String state,
        Channel channel,
        Instant registeredAt,
        FirstContact firstContact,
        String batchNumber,
        int headCount,
        List<PetitionerView> petitioners,
        String content,
        String category,
        Purpose purpose,
        Place place,
        List<Attachment> attachments,
        Flags flags,
        String sourceRef,
        String homeTier,
        String holder,
        List<String> coHandlingUnits,
        List<Hop> hops,
        Instant acceptDueAt,
        Instant acceptedAt,
        NotAcceptedReason notAcceptedReason,
        String forwardedTo,
        Instant replyDueAt,
        List<ClockStop> clockStops,
        Extension extension,
        Reply reply,
        Instant reviewRequestDueAt,
        Review review,
        Review reReview,
        List<Supervision> supervisions,
        OwningLeader owner,
        String dueStage,
        Instant dueAt,
        Long version) {

    static PetitionResponse of(Petition p) {
        return new PetitionResponse(p.id(), p.number(), p.state().name(), p.channel(), p.registeredAt(),
                new FirstContact(p.registeringUnit(), p.registeredBy(), p.registeredByName()), p.batchNumber(),
                p.headCount(), p.petitioners().stream().map(PetitionerView::of).toList(), p.content(), p.category(),
                p.purpose(), p.place(), p.attachments(), p.flags(), p.sourceRef(), p.homeTier(), p.holderCode(),
                p.coHandlingUnits(), p.hops(), p.acceptDueAt(), p.acceptedAt(), p.notAcceptedReason(),
                p.forwardedTo(), p.replyDueAt(), p.clockStops(), p.extension(), p.reply(), p.reviewRequestDueAt(),
                p.review(), p.reReview(), p.supervisions(), p.owner(), p.dueStage(), p.dueAt(), p.version());
    }

    /** 首问: the unit and user who registered it. */
    record FirstContact(String unit, String user, String userName) {
    }

    /** A petitioner without the full ID-card number. */
    record PetitionerView(String name, String idNumber, String phone, String address, boolean representative) {

        static PetitionerView of(StoredPetitioner petitioner) {
            return new PetitionerView(petitioner.name(), petitioner.idMasked(), petitioner.phone(),
                    petitioner.address(), petitioner.representative());
        }
    }
}
