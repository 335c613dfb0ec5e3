package org.fengqiao.survey.kpi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.fengqiao.survey.kpi.Figures.Count;
import org.fengqiao.survey.kpi.Figures.Rate;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Computes the figures from the facts of a jurisdiction subtree. The store cannot group by our periods, so the
 * subtree's facts are read and counted here; a county's facts of a few years fit comfortably in memory.
 */
@Service
class Kpis {

    private final ReactiveMongoOperations mongo;
    private final Clock clock;

    Kpis(ReactiveMongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The report for {@code jurisdiction} (default: the caller's own) and {@code period}; outside the caller's scope is 404. */
    Mono<KpiReport> report(String jurisdiction, String period, CurrentUser user) {
        Period range = Period.parse(period);
        Jurisdiction target = jurisdiction == null || jurisdiction.isBlank() ? user.jurisdiction()
                : Jurisdiction.of(jurisdiction.trim());
        if (!user.canSee(target)) {
            return Mono.error(new NotFoundException("管辖区划 " + target.code() + " 不在您的管辖范围内"));
        }
        Query subtree = Query.query(Criteria.where("jurisdiction").regex("^" + target.code()));
        return Mono.zip(mongo.find(subtree, PetitionFact.class).collectList(),
                        mongo.find(subtree, WorkOrderFact.class).collectList(),
                        mongo.find(subtree, DisputeFact.class).collectList(),
                        mongo.find(subtree, VisitFact.class).collectList())
                .map(facts -> new KpiReport(target.code(), range.label(), range.first(), range.last(),
                        petitions(facts.getT1(), range, clock.instant()), workOrders(facts.getT2(), range),
                        mediation(facts.getT3(), range), returnVisits(facts.getT4(), range)));
    }

    /**
     * The petition figures; the 积案 count is taken at the end of the period, or now while the period runs, and a
     * year earlier for the comparison.
     */
    static KpiReport.Petitions petitions(List<PetitionFact> facts, Period period, Instant asOf) {
        Instant end = period.endsAt().isAfter(asOf) ? asOf : period.endsAt();
        Instant endBefore = end.atZone(Period.ZONE).minusYears(1).toInstant();
        List<PetitionFact> now = facts.stream().filter(f -> period.contains(f.registeredAt())).toList();
        Period before = period.yearBefore();
        List<PetitionFact> then = facts.stream().filter(f -> before.contains(f.registeredAt())).toList();
        List<PetitionFact> decided = now.stream().filter(f -> f.acceptanceDecidedAt() != null).toList();
        List<PetitionFact> closed = now.stream().filter(f -> f.closedAt() != null).toList();
        List<PetitionFact> firstEnded = now.stream().filter(f -> f.firstPetition() && f.ended()).toList();
        return new KpiReport.Petitions(
                Count.of(now.size(), then.size()),
                Count.of(count(now, PetitionFact::collective), count(then, PetitionFact::collective)),
                Count.of(count(now, PetitionFact::skipLevel), count(then, PetitionFact::skipLevel)),
                Count.of(count(now, PetitionFact::repeat), count(then, PetitionFact::repeat)),
                Rate.of(count(decided, f -> Boolean.TRUE.equals(f.acceptedOnTime())), decided.size()),
                Rate.of(count(closed, f -> Boolean.TRUE.equals(f.closedOnTime())), closed.size()),
                Rate.of(count(firstEnded, PetitionFact::settledAtOnce), firstEnded.size()),
                Count.of(count(facts, f -> f.backlogAt(end)), count(facts, f -> f.backlogAt(endBefore))));
    }

    private static <T> long count(List<T> facts, java.util.function.Predicate<T> test) {
        return facts.stream().filter(test).count();
    }

    static KpiReport.WorkOrders workOrders(List<WorkOrderFact> facts, Period period) {
        Period before = period.yearBefore();
        List<WorkOrderFact> received = facts.stream().filter(f -> period.contains(f.receivedAt())).toList();
        long lastYear = facts.stream().filter(f -> before.contains(f.receivedAt())).count();
        long decided = received.stream().filter(WorkOrderFact::decided).count();
        long onTime = received.stream().filter(WorkOrderFact::onTime).count();
        long overdue = received.stream().filter(f -> f.breached() && f.firstRepliedAt() == null).count();
        return new KpiReport.WorkOrders(Count.of(received.size(), lastYear), Rate.of(onTime, decided), overdue);
    }

    static KpiReport.Mediation mediation(List<DisputeFact> facts, Period period) {
        Period before = period.yearBefore();
        long opened = facts.stream().filter(f -> period.contains(f.openedAt())).count();
        long lastYear = facts.stream().filter(f -> before.contains(f.openedAt())).count();
        List<DisputeFact> ended = facts.stream().filter(f -> period.contains(f.concludedAt())).toList();
        long agreements = ended.stream().filter(f -> DisputeFact.AGREEMENT.equals(f.outcome())).count();
        long failed = ended.stream().filter(f -> DisputeFact.FAILED.equals(f.outcome())).count();
        long diverted = facts.stream().filter(f -> period.contains(f.divertedAt())).count();
        return new KpiReport.Mediation(Count.of(opened, lastYear), Rate.of(agreements, agreements + failed), diverted);
    }

    static KpiReport.ReturnVisits returnVisits(List<VisitFact> facts, Period period) {
        Period before = period.yearBefore();
        List<VisitFact> completed = facts.stream().filter(f -> period.contains(f.completedAt())).toList();
        long lastYear = facts.stream().filter(f -> before.contains(f.completedAt())).count();
        long reached = completed.stream().filter(VisitFact::reached).count();
        long rated = completed.stream().filter(VisitFact::rated).count();
        long satisfied = completed.stream().filter(VisitFact::satisfied).count();
        return new KpiReport.ReturnVisits(Count.of(completed.size(), lastYear), Rate.of(reached, completed.size()),
                Rate.of(satisfied, rated), rated - satisfied);
    }
}
