package org.fengqiao.petition.petition;

import java.time.Instant;

/** A petition in a list: the first petitioner's phone masked (139****1234), the content cut short. */
record PetitionSummary(
        String id,
        String number,
        String state,
        Channel channel,
        String category,
        String petitionerName,
        String petitionerPhone,
        int headCount,
        boolean collective,
        boolean repeat,
        boolean skipLevel,
        boolean litigationRelated,
        boolean supervised,
        String summary,
        String jurisdiction,
        String holder,
        String owner,
        String dueStage,
        Instant dueAt,
        Instant registeredAt) {

    static PetitionSummary of(Petition p) {
        StoredPetitioner first = p.petitioners().isEmpty() ? null : p.petitioners().get(0);
        return new PetitionSummary(p.id(), p.number(), p.state().name(), p.channel(), p.category(),
                first == null ? null : first.name(), first == null ? null : mask(first.phone()), p.headCount(),
                p.flags().collective(), p.flags().repeat(), p.flags().skipLevel(),
                p.flags().litigationRelated(), !p.supervisions().isEmpty(), Petition.summaryOf(p.content()), p.jurisdiction(),
                p.holderCode(), p.owner() == null ? null : p.owner().name(), p.dueStage(), p.dueAt(), p.registeredAt());
    }

    /** Keeps the first three and the last four characters: 13905751234 → 139****1234. */
    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
