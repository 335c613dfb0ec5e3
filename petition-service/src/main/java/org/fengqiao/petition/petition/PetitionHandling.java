package org.fengqiao.petition.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;

import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The petition transitions after registration. Each loads the petition (404 outside the caller's scope), checks
 * the caller's side (the holding unit, or the managing county), applies the change and saves it with its event in
 * one write; a concurrent change in between fails the save on the version (409). Then the petition's entries in
 * {@code open_deadlines} follow it.
 */
@Service
class PetitionHandling {

    private final PetitionRepository petitions;
    private final PetitionDeadlines deadlines;
    private final PetitionDeadlineTracker tracker;
    private final OutboxRelay relay;
    private final Clock clock;

    PetitionHandling(PetitionRepository petitions, PetitionDeadlines deadlines, PetitionDeadlineTracker tracker,
                     OutboxRelay relay, Clock clock) {
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.tracker = tracker;
        this.relay = relay;
        this.clock = clock;
    }

    Mono<Petition> accept(String id, Requests.Note request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.accept(request.note(), deadlines, Actor.of(user), now));
    }

    Mono<Petition> notAccept(String id, Requests.NotAccept request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.notAccept(request.reason(), request.note(), Actor.of(user), now));
    }

    Mono<Petition> forward(String id, Requests.Forward request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.forward(request.to(), request.reason(), Actor.of(user), now));
    }

    Mono<Petition> assign(String id, Requests.Assign request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> {
            Unit to = new Unit(request.jurisdiction(), request.department());
            requireBelow(p.holder(), to);
            List<Unit> coHandling = request.coHandlingUnits() == null ? List.of()
                    : request.coHandlingUnits().stream().map(Unit::of).distinct().toList();
            for (Unit unit : coHandling) {
                if (!Jurisdiction.of(p.jurisdiction().substring(0, 6)).contains(unit.division()) || unit.equals(to)) {
                    throw new InvalidPetitionInput("协办单位 " + unit.code() + " 应为本县内牵头单位以外的单位");
                }
            }
            p.assign(to, coHandling, request.note(), Actor.of(user), now);
        });
    }

    Mono<Petition> returnToAssigner(String id, Requests.Reason request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.returnToAssigner(request.reason(), Actor.of(user), now));
    }

    Mono<Petition> escalate(String id, Requests.Reason request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.escalate(request.reason(), Actor.of(user), now));
    }

    Mono<Petition> requestExtension(String id, Requests.ExtensionRequest request, CurrentUser user) {
        return asHolder(id, user, (p, now) ->
                p.requestExtension(request.days(), request.reason(), deadlines, Actor.of(user), now));
    }

    Mono<Petition> decideExtension(String id, Requests.Decision request, CurrentUser user) {
        return asCounty(id, user, (p, now) ->
                p.decideExtension(request.approved(), request.note(), deadlines, Actor.of(user), now));
    }

    Mono<Petition> suspend(String id, Requests.Reason request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.suspend(request.reason(), Actor.of(user), now));
    }

    Mono<Petition> resume(String id, Requests.Note request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.resume(request.note(), deadlines, Actor.of(user), now));
    }

    Mono<Petition> reply(String id, Requests.ReplyRequest request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.reply(request.disposition(), request.reply(), request.resolveBy(),
                deadlines, Actor.of(user), now));
    }

    Mono<Petition> requestReview(String id, Requests.Reason request, CurrentUser user) {
        return asManager(id, user, (p, now) -> p.requestReview(request.reason(), deadlines, Actor.of(user), now));
    }

    Mono<Petition> decideReview(String id, Requests.ReviewDecision request, CurrentUser user) {
        return asHolder(id, user, (p, now) ->
                p.decideReview(request.outcome(), request.opinion(), deadlines, Actor.of(user), now));
    }

    Mono<Petition> requestReReview(String id, Requests.Reason request, CurrentUser user) {
        return asManager(id, user, (p, now) -> p.requestReReview(request.reason(), deadlines, Actor.of(user), now));
    }

    Mono<Petition> decideReReview(String id, Requests.ReviewDecision request, CurrentUser user) {
        return asHolder(id, user, (p, now) ->
                p.decideReReview(request.outcome(), request.opinion(), Actor.of(user), now));
    }

    Mono<Petition> terminate(String id, Requests.Note request, CurrentUser user) {
        return asManager(id, user, (p, now) -> p.terminate(request.note(), Actor.of(user), now));
    }

    Mono<Petition> close(String id, Requests.Note request, CurrentUser user) {
        return asManager(id, user, (p, now) -> p.close(request.note(), Actor.of(user), now));
    }

    Mono<Petition> supervise(String id, Requests.Supervise request, CurrentUser user) {
        return asCounty(id, user, (p, now) ->
                p.supervise(request.responseDueAt(), request.reason(), Actor.of(user), now));
    }

    /** 办理进展: only the holding unit writes progress notes. */
    Mono<Petition> addNote(String id, Requests.ProgressNote request, CurrentUser user) {
        return asHolder(id, user, (p, now) -> p.addNote(request.note().trim(), Actor.of(user), now));
    }

    /** 包案: the holding unit, or the county dispatcher over the petition's place, names the owning leader. */
    Mono<Petition> assignOwner(String id, Requests.Owner request, CurrentUser user) {
        return change(id, user, (p, now) -> {
            boolean countyDispatcher = user.hasRole(Role.DISPATCHER)
                    && user.jurisdiction().tier() == Jurisdiction.Tier.COUNTY && PetitionAccess.manages(p, user);
            if (!countyDispatcher) {
                PetitionAccess.requireHolder(p, user);
            }
            p.assignOwner(request.name().trim(), request.unit().trim(), Actor.of(user), now);
        });
    }

    /**
     * 交办 goes down: to a unit inside the holder's division one or more tiers below (a township for the county, a
     * village for a township), or to one of the holder's own departments.
     */
    private static void requireBelow(Unit holder, Unit to) {
        boolean ownDepartment = holder.department() == null && to.department() != null
                && to.jurisdiction().equals(holder.jurisdiction());
        boolean lowerDivision = to.jurisdiction().length() > holder.jurisdiction().length()
                && to.jurisdiction().startsWith(holder.jurisdiction());
        if (holder.department() != null || !(ownDepartment || lowerDivision)) {
            throw new InvalidPetitionInput("只能交办给本单位管辖范围内的下级单位或本级部门，" + to.code() + " 不是 "
                    + holder.code() + " 的下级");
        }
    }

    private Mono<Petition> asHolder(String id, CurrentUser user, BiConsumer<Petition, Instant> change) {
        return change(id, user, (p, now) -> {
            PetitionAccess.requireHolder(p, user);
            change.accept(p, now);
        });
    }

    private Mono<Petition> asManager(String id, CurrentUser user, BiConsumer<Petition, Instant> change) {
        return change(id, user, (p, now) -> {
            if (!PetitionAccess.manages(p, user)) {
                throw new ForbiddenException("只有事发地所属单位可以办理此项");
            }
            change.accept(p, now);
        });
    }

    /** The county supervisor's steps: only a user at the county tier over the petition's place. */
    private Mono<Petition> asCounty(String id, CurrentUser user, BiConsumer<Petition, Instant> change) {
        return change(id, user, (p, now) -> {
            if (user.jurisdiction().tier() != Jurisdiction.Tier.COUNTY || !PetitionAccess.manages(p, user)) {
                throw new ForbiddenException("只有县级督办人员可以办理此项");
            }
            change.accept(p, now);
        });
    }

    /**
     * 重办 asked for by survey-service (a substantive 不满意 at the return visit), without a caller to check. Empty
     * when the petition is unknown or not in the replied state now.
     */
    Mono<Petition> reopenAfterReturnVisit(String id, String returnVisitId, String reason, Actor by) {
        return apply(petitions.findById(id).filter(p -> p.state() == PetitionState.replied),
                (p, now) -> p.reopen(returnVisitId, reason, deadlines, by, now));
    }

    private Mono<Petition> change(String id, CurrentUser user, BiConsumer<Petition, Instant> change) {
        return apply(petitions.findById(id)
                .filter(p -> PetitionAccess.canRead(p, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("信访事项不存在: " + id))), change);
    }

    private Mono<Petition> apply(Mono<Petition> found, BiConsumer<Petition, Instant> change) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return found
                .map(p -> {
                    change.accept(p, now);
                    return p;
                })
                .flatMap(petitions::save)
                .doOnNext(relay::publishPending)
                .flatMap(saved -> tracker.track(saved, now).thenReturn(saved));
    }
}
