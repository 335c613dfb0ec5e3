package org.fengqiao.mediation.dispute;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * KPIs of one unit (jurisdiction subtree) over the disputes opened in a period (days in Asia/Shanghai, inclusive).
 *
 * @param opened               disputes opened in the period
 * @param agreements           of those, ended with an agreement (still being performed, or closed)
 * @param failed               of those, failed at the county
 * @param diverted             of those, diverted to another channel
 * @param open                 of those, still open
 * @param successRate          调成率: agreements / (agreements + failed); {@code null} when none ended either way
 * @param localResolutionRate  就地化解率: agreements reached at the tier where the dispute started / agreements;
 *                             {@code null} without agreements
 * @param averageDurationDays  mean days from opening to conclusion of those concluded; {@code null} when none
 * @param backlog              disputes of the unit open now, whenever opened
 */
record MediationKpis(String jurisdiction, LocalDate from, LocalDate to, long opened, long agreements, long failed,
                     long diverted, long open, Double successRate, Double localResolutionRate,
                     Double averageDurationDays, long backlog) {

    static MediationKpis of(String jurisdiction, LocalDate from, LocalDate to, List<Dispute> openedInPeriod,
                            long backlog) {
        long agreements = count(openedInPeriod, DisputeState.agreement) + count(openedInPeriod, DisputeState.closed);
        long failed = count(openedInPeriod, DisputeState.failed);
        long diverted = count(openedInPeriod, DisputeState.diverted);
        long open = openedInPeriod.stream().filter(d -> d.state().open()).count();
        long local = openedInPeriod.stream()
                .filter(d -> (d.state() == DisputeState.agreement || d.state() == DisputeState.closed)
                        && d.tier() == d.startedTier()).count();
        double averageHours = openedInPeriod.stream().filter(d -> d.concludedAt() != null)
                .mapToLong(d -> Duration.between(d.openedAt(), d.concludedAt()).toMinutes()).average().orElse(-1);
        return new MediationKpis(jurisdiction, from, to, openedInPeriod.size(), agreements, failed, diverted, open,
                ratio(agreements, agreements + failed), ratio(local, agreements),
                averageHours < 0 ? null : Math.round(averageHours / 60 / 24 * 10) / 10.0, backlog);
    }

    private static long count(List<Dispute> disputes, DisputeState state) {
        return disputes.stream().filter(d -> d.state() == state).count();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
