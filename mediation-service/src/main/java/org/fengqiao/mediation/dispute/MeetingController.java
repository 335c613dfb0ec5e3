package org.fengqiao.mediation.dispute;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** 三级例会纪要: minutes of held meetings (the agenda is {@code GET /api/meetings/agenda}). */
@RestController
@Validated
@RequestMapping("/api/meetings")
class MeetingController {

    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MEDIATOR', 'HANDLER', 'DISPATCHER', 'LEADER')")
    Mono<ResponseEntity<Meeting>> record(@Valid @RequestBody RecordMeetingRequest request, CurrentUser user) {
        return meetings.record(request, user)
                .map(meeting -> ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting));
    }

    @GetMapping("/{id}")
    Mono<Meeting> get(@PathVariable String id, CurrentUser user) {
        return meetings.find(id, user);
    }

    /** The meetings of a unit (default: the caller's own), latest first. */
    @GetMapping
    Mono<List<Meeting>> list(CurrentUser user,
                             @RequestParam(required = false) Jurisdiction jurisdiction,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return meetings.list(jurisdiction == null ? user.jurisdiction() : jurisdiction, user, page, size).collectList();
    }
}
