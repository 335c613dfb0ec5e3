package org.fengqiao.mediation.dispute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 三级例会议程 for one tier and jurisdiction: the open disputes in its subtree by risk (highest first, then oldest),
 * those open longer than the long-unresolved age (久调不决), and those escalated in to this very unit (上报至本级).
 */
record MeetingAgenda(String jurisdiction, String jurisdictionName, Tier tier, Instant generatedAt, long longUnresolvedDays,
                     List<AgendaItem> byRisk, List<AgendaItem> longUnresolved, List<AgendaItem> escalatedIn) {

    static MeetingAgenda of(String jurisdiction, Tier tier, List<Dispute> openInSubtree, Duration longUnresolved,
                            Instant now) {
        return of(jurisdiction, tier, openInSubtree, longUnresolved, now, Map.of());
    }

    /** The agenda with unit names from the read model ({@code names} by division code; missing ones stay null). */
    static MeetingAgenda of(String jurisdiction, Tier tier, List<Dispute> openInSubtree, Duration longUnresolved,
                            Instant now, Map<String, String> names) {
        List<Dispute> sorted = new ArrayList<>(openInSubtree);
        sorted.sort(Comparator.comparingInt((Dispute d) -> d.risk().grade()).reversed()
                .thenComparing(Dispute::openedAt).thenComparing(Dispute::id));
        List<AgendaItem> byRisk = new ArrayList<>();
        List<AgendaItem> old = new ArrayList<>();
        List<AgendaItem> escalated = new ArrayList<>();
        for (Dispute dispute : sorted) {
            Duration age = Duration.between(dispute.openedAt(), now);
            boolean isOld = age.compareTo(longUnresolved) >= 0;
            boolean isEscalatedIn = !dispute.escalations().isEmpty() && dispute.tier() == tier
                    && dispute.handlingUnit().equals(jurisdiction);
            List<String> why = new ArrayList<>();
            why.add("风险 %d 级".formatted(dispute.risk().grade()));
            if (isOld) {
                why.add("久调不决：已 %d 天未化解".formatted(age.toDays()));
            }
            if (isEscalatedIn) {
                Escalation last = dispute.escalations().get(dispute.escalations().size() - 1);
                why.add("由%s上报：%s".formatted(last.from().label(), last.reason()));
            }
            AgendaItem item = new AgendaItem(dispute.id(), dispute.summary(), dispute.type(), dispute.jurisdiction(),
                    names.get(dispute.jurisdiction()), dispute.tier(), dispute.handlingUnit(),
                    names.get(dispute.handlingUnit()), dispute.state(), dispute.risk().grade(),
                    dispute.openedAt(), age.toDays(), List.copyOf(why));
            byRisk.add(item);
            if (isOld) {
                old.add(item);
            }
            if (isEscalatedIn) {
                escalated.add(item);
            }
        }
        return new MeetingAgenda(jurisdiction, names.get(jurisdiction), tier, now, longUnresolved.toDays(), byRisk, old, escalated);
    }
}
