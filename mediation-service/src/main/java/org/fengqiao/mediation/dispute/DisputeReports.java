package org.fengqiao.mediation.dispute;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.fengqiao.mediation.jurisdiction.JurisdictionNames;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ForbiddenException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Read-only views over the disputes of a unit: the three-level meeting agenda and the KPIs. */
@Service
class DisputeReports {

    private static final List<DisputeState> OPEN = List.of(DisputeState.accepted, DisputeState.mediating);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final JurisdictionNames names;

    DisputeReports(ReactiveMongoTemplate mongo, Clock clock, JurisdictionNames names) {
        this.mongo = mongo;
        this.clock = clock;
        this.names = names;
    }

    Mono<MeetingAgenda> agenda(Jurisdiction unit, Duration longUnresolved, CurrentUser user) {
        Jurisdiction checked = inScope(unit, user);
        Jurisdiction meeting = checked.tier() == Jurisdiction.Tier.GRID ? checked.parent().orElseThrow() : checked;
        return mongo.find(Query.query(inSubtree(meeting).and("state").in(OPEN)), Dispute.class).collectList()
                .flatMap(open -> names.namesOf(Stream.concat(Stream.of(meeting.code()),
                                open.stream().flatMap(dispute -> DisputeResponse.namedCodes(dispute).stream())).toList())
                        .map(known -> MeetingAgenda.of(meeting.code(), Tier.of(meeting), open, longUnresolved,
                                clock.instant(), known)));
    }

    Mono<MediationKpis> kpis(Jurisdiction unit, LocalDate from, LocalDate to, CurrentUser user) {
        Jurisdiction checked = inScope(unit, user);
        Date start = Date.from(from.atStartOfDay(AgreementTerm.ZONE).toInstant());
        Date end = Date.from(to.plusDays(1).atStartOfDay(AgreementTerm.ZONE).toInstant());
        Mono<List<Dispute>> opened = mongo.find(Query.query(inSubtree(checked).and("openedAt").gte(start).lt(end)),
                Dispute.class).collectList();
        Mono<Long> backlog = mongo.count(Query.query(inSubtree(checked).and("state").in(OPEN)), Dispute.class);
        return Mono.zip(opened, backlog)
                .map(both -> MediationKpis.of(checked.code(), from, to, both.getT1(), both.getT2()));
    }

    private static Jurisdiction inScope(Jurisdiction unit, CurrentUser user) {
        if (!user.canSee(unit)) {
            throw new ForbiddenException("不能查看本辖区以外的单位: " + unit.code());
        }
        return unit;
    }

    private static Criteria inSubtree(Jurisdiction unit) {
        return Criteria.where("jurisdiction").regex("^" + unit.code());
    }
}
