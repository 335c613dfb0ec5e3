package org.fengqiao.petition.petition;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Registering and reading petitions. */
@RestController
@RequestMapping("/api/petitions")
class PetitionController {

    private final PetitionRegistration registration;
    private final PetitionReading reading;
    private final PetitionProperties properties;

    PetitionController(PetitionRegistration registration, PetitionReading reading, PetitionProperties properties) {
        this.registration = registration;
        this.reading = reading;
        this.properties = properties;
    }

    /** 登记: 201 with the petition and the flags registration computed. */
    @PostMapping
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER', 'LEADER')")
    Mono<ResponseEntity<PetitionResponse>> register(@Valid @RequestBody RegisterPetitionRequest request,
                                                    CurrentUser user) {
        return registration.register(request, user).map(PetitionResponse::of)
                .map(body -> ResponseEntity.created(URI.create("/api/petitions/" + body.id())).body(body));
    }

    /** The petitions in the caller's scope, optionally in the given states, paged by {@code after} (an id). */
    @GetMapping
    Mono<PetitionPage> list(@RequestParam(required = false) List<PetitionState> state,
                            @RequestParam(required = false) String after,
                            @RequestParam(required = false) Integer size, CurrentUser user) {
        return reading.list(state, after, size, user);
    }

    /** 超期清单 per holding unit, within the caller's scope. */
    @GetMapping("/overdue")
    Mono<List<OverdueUnit>> overdue(CurrentUser user) {
        return reading.overdue(user);
    }

    /** The category catalogue. */
    @GetMapping("/categories")
    Map<String, PetitionProperties.Category> categories() {
        return properties.categories();
    }

    @GetMapping("/{id}")
    Mono<PetitionResponse> get(@PathVariable String id, CurrentUser user) {
        return reading.find(id, user).map(PetitionResponse::of);
    }

    /** Who did what when, oldest first. */
    @GetMapping("/{id}/timeline")
    Mono<List<TimelineEntry>> timeline(@PathVariable String id, CurrentUser user) {
        return reading.find(id, user).map(Petition::timeline);
    }
}
