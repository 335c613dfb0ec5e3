package org.fengqiao.mediation.dispute;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.fengqiao.mediation.jurisdiction.JurisdictionNames;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

@RestController
@Validated
@RequestMapping("/api/disputes")
class DisputeController {

    private static final String ACTORS = "hasAnyRole('MEDIATOR', 'HANDLER', 'DISPATCHER')";

    private final Disputes disputes;
    private final JurisdictionNames names;

    DisputeController(Disputes disputes, JurisdictionNames names) {
        this.disputes = disputes;
        this.names = names;
    }

    /** 201 with the new dispute, or 200 with the existing one when the same source and reference came before. */
    @PostMapping
    @PreAuthorize("hasAnyRole('MEDIATOR', 'HANDLER', 'DISPATCHER', 'HOTLINE')")
    Mono<ResponseEntity<DisputeResponse>> open(@Valid @RequestBody OpenDisputeRequest request, CurrentUser user) {
        if (!OpenDisputeRequest.ACCEPTED_SOURCES.contains(request.source())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "source 只能是 walk_in（来访）或 hotline（来电）；网格上报、排查和信访分流由各自渠道进入");
        }
        if (request.parties().stream().map(OpenDisputeRequest.PartyRequest::role).distinct().count() < 2) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "当事人至少要有两种角色（如申请人和被申请人）");
        }
        Jurisdiction place = Jurisdiction.of(request.jurisdiction());
        if (!user.canSee(place)) {
            throw new ForbiddenException("不能在本辖区以外登记纠纷: " + place.code());
        }
        if (place.tier() == Jurisdiction.Tier.GRID) {
            place = place.parent().orElseThrow();
        }
        if (request.villagerGroup() != null && place.tier() != Jurisdiction.Tier.VILLAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "只有村（或网格）的纠纷才能指定村民小组（villagerGroup）");
        }
        String reference = request.source().name() + ":"
                + (request.reference() == null ? UUID.randomUUID() : request.reference());
        List<Party> parties = request.parties().stream()
                .map(party -> new Party(party.name(), party.role(), party.phone())).toList();
        NewDispute details = new NewDispute(request.source(), reference, request.type(), request.summary(),
                request.description(), parties, request.peopleInvolved(), request.amount(), request.address(), place,
                user.subject(), request.villagerGroup());
        return disputes.open(details, false, Boolean.TRUE.equals(request.massIncidentRisk())).flatMap(receipt ->
                respond(receipt.dispute()).map(body -> receipt.created()
                    ? ResponseEntity.created(URI.create("/api/disputes/" + body.id())).body(body)
                    : ResponseEntity.ok(body)));
    }

    @GetMapping("/{id}")
    Mono<DisputeResponse> get(@PathVariable String id, CurrentUser user) {
        return disputes.find(id, user).flatMap(this::respond);
    }

    /** Disputes whose place lies in the caller's jurisdiction, newest first. */
    @GetMapping
    Mono<List<DisputeResponse>> list(CurrentUser user,
                                     @RequestParam(required = false) DisputeState state,
                                     @RequestParam(required = false) Tier tier,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return disputes.list(user, state, tier, page, size).collectList()
                .flatMap(found -> names.namesOf(found.stream()
                                .flatMap(dispute -> DisputeResponse.namedCodes(dispute).stream()).toList())
                        .map(known -> found.stream().map(dispute -> DisputeResponse.of(dispute, known)).toList()));
    }

    /** 开始调解. */
    @PostMapping("/{id}/mediation")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> startMediation(@PathVariable String id, CurrentUser user) {
        return disputes.startMediation(id, user).flatMap(this::respond);
    }

    /** 调解结果: agreement, or failed (escalates one tier below the county). */
    @PostMapping("/{id}/conclusion")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> conclude(@PathVariable String id, @Valid @RequestBody ConcludeRequest request,
                                   CurrentUser user) {
        return (request.outcome() == ConcludeRequest.Outcome.agreement
                ? disputes.agree(id, request.summary(), user)
                : disputes.fail(id, request.summary(), user)).flatMap(this::respond);
    }

    /** 安排调解: schedules a session; an accepted dispute starts mediating. */
    @PostMapping("/{id}/sessions")
    @PreAuthorize(ACTORS)
    Mono<ResponseEntity<DisputeResponse>> scheduleSession(@PathVariable String id,
                                                          @Valid @RequestBody ScheduleSessionRequest request,
                                                          CurrentUser user) {
        return disputes.scheduleSession(id, request, user).flatMap(this::respond)
                .map(body -> ResponseEntity.status(HttpStatus.CREATED).body(body));
    }

    /** 调解记录: what happened at session {@code no}, with its outcome. */
    @PostMapping("/{id}/sessions/{no}/record")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> recordSession(@PathVariable String id, @PathVariable int no,
                                        @Valid @RequestBody RecordSessionRequest request, CurrentUser user) {
        if (request.outcome() != SessionOutcome.agreement && request.terms() != null && !request.terms().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "只有达成协议（agreement）的调解才能带协议条款");
        }
        return disputes.recordSession(id, no, request, user).flatMap(this::respond);
    }

    /** 履行: term {@code no} of the written agreement was performed. */
    @PostMapping("/{id}/agreement/terms/{no}/performance")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> performTerm(@PathVariable String id, @PathVariable int no,
                                      @Valid @RequestBody DateRequest request, CurrentUser user) {
        return disputes.performTerm(id, no, request.on(), user).flatMap(this::respond);
    }

    /** 不履行: term {@code no} was not performed; the agreement fails and the dispute is mediated again. */
    @PostMapping("/{id}/agreement/terms/{no}/breach")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> breachTerm(@PathVariable String id, @PathVariable int no,
                                     @Valid @RequestBody BreachRequest request, CurrentUser user) {
        return disputes.breachTerm(id, no, request, user).flatMap(this::respond);
    }

    /** 当事人分类: the parties with their roles (at least one applicant and one respondent). */
    @PutMapping("/{id}/parties")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> classifyParties(@PathVariable String id, @Valid @RequestBody PartiesRequest request,
                                          CurrentUser user) {
        if (request.parties().stream().noneMatch(party -> party.role() == PartyRole.applicant)
                || request.parties().stream().noneMatch(party -> party.role() == PartyRole.respondent)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "当事人至少要有一名申请人（applicant）和一名被申请人（respondent）");
        }
        return disputes.classifyParties(id, request.parties().stream()
                .map(party -> new Party(party.name(), party.role(), party.phone())).toList(), user)
                .flatMap(this::respond);
    }

    /** 申请司法确认: the parties applied for judicial confirmation of the agreement. */
    @PostMapping("/{id}/agreement/judicial-confirmation")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> applyForJudicialConfirmation(@PathVariable String id, @Valid @RequestBody DateRequest request,
                                                       CurrentUser user) {
        return disputes.applyForJudicialConfirmation(id, request.on(), user).flatMap(this::respond);
    }

    /** 分流 to litigation, arbitration, an administrative ruling or the petition channel, with the reason. */
    @PostMapping("/{id}/diversion")
    @PreAuthorize(ACTORS)
    Mono<DisputeResponse> divert(@PathVariable String id, @Valid @RequestBody DivertRequest request,
                                 CurrentUser user) {
        return disputes.divert(id, request, user).flatMap(this::respond);
    }

    /** 风险等级调整, with the reason recorded. */
    @PutMapping("/{id}/risk")
    @PreAuthorize("hasAnyRole('MEDIATOR', 'HANDLER', 'DISPATCHER', 'LEADER')")
    Mono<DisputeResponse> overrideRisk(@PathVariable String id, @Valid @RequestBody OverrideRiskRequest request,
                                       CurrentUser user) {
        return disputes.overrideRisk(id, request.grade(), request.reason(), user).flatMap(this::respond);
    }

    /** The dispute with its unit names from the local jurisdiction read model. */
    private Mono<DisputeResponse> respond(Dispute dispute) {
        return names.namesOf(DisputeResponse.namedCodes(dispute)).map(known -> DisputeResponse.of(dispute, known));
    }
}
