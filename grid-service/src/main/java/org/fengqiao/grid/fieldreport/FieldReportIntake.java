package org.fengqiao.grid.fieldreport;

import java.time.Clock;
import java.util.List;

import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Accepting field reports, idempotent per reporter and client id: a resent report answers the one stored first
 * and publishes nothing again.
 */
@Service
class FieldReportIntake {

    private final FieldReportRepository reports;
    private final FieldReportChecks checks;
    private final TownshipQueue queue;
    private final OutboxRelay relay;
    private final FieldReportProperties properties;
    private final Clock clock;

    FieldReportIntake(FieldReportRepository reports, FieldReportChecks checks, TownshipQueue queue, OutboxRelay relay,
                      FieldReportProperties properties, Clock clock) {
        this.reports = reports;
        this.checks = checks;
        this.queue = queue;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks and stores one report. The fields are checked before the duplicate lookup (the id derives from the
     * client id); where it was filed only for a new report, so a report accepted once stays accepted when resent.
     */
    Mono<Outcome> submit(FieldReportRequest request, CurrentUser user) {
        List<FieldProblem> problems = checks.problems(request);
        if (!problems.isEmpty()) {
            return Mono.just(Outcome.rejected(Rejection.invalid(problems)));
        }
        String id = FieldReport.idFor(user.subject(), request.clientReportId());
        return reports.findById(id)
                .flatMap(existing -> queue.enqueue(existing).thenReturn(Outcome.duplicate(existing)))
                .switchIfEmpty(Mono.defer(() -> checks.place(request, user).flatMap(placement ->
                        placement.rejection() != null ? Mono.just(Outcome.rejected(placement.rejection()))
                                : insert(FieldReport.submit(id, request, placement.location(), user.subject(),
                                        user.name(), clock.instant(), properties.timeLimit(request.urgency()))))));
    }

    private Mono<Outcome> insert(FieldReport report) {
        // The deadline after the report: a crash in between is healed when the phone resends (enqueue above).
        return reports.insert(report)
                .flatMap(saved -> queue.enqueue(saved).thenReturn(saved))
                .doOnNext(relay::publishPending)
                .map(Outcome::created)
                .onErrorResume(DuplicateKeyException.class, race -> reports.findById(report.id()).map(Outcome::duplicate));
    }

    /** What became of one submitted report: exactly one of the three. */
    record Outcome(FieldReport created, FieldReport duplicate, Rejection rejection) {

        static Outcome created(FieldReport report) {
            return new Outcome(report, null, null);
        }

        static Outcome duplicate(FieldReport report) {
            return new Outcome(null, report, null);
        }

        static Outcome rejected(Rejection rejection) {
            return new Outcome(null, null, rejection);
        }

        FieldReport report() {
            return created != null ? created : duplicate;
        }
    }
}
