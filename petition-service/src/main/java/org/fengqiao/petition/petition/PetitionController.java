package org.fengqiao.petition.petition;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.fengqiao.petition.listing.ListPage;
import org.fengqiao.petition.listing.ListRequest;
import org.fengqiao.petition.listing.Listings;
import org.fengqiao.petition.listing.StateCounts;
import org.fengqiao.platform.security.CurrentUser;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Registering and reading petitions. */
@RestController
@RequestMapping("/api/petitions")
class PetitionController {

    private final PetitionRegistration registration;
    private final PetitionReading reading;
    private final PetitionProperties properties;
    private final Clock clock;
    private final PetitionerIdentity identity;

    PetitionController(PetitionRegistration registration, PetitionReading reading, PetitionProperties properties,
                       Clock clock, PetitionerIdentity identity) {
        this.identity = identity;
        this.registration = registration;
        this.reading = reading;
        this.properties = properties;
        this.clock = clock;
    }

    /** 登记: 201 with the petition and the flags registration computed. */
    @PostMapping
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER', 'LEADER')")
    Mono<ResponseEntity<PetitionResponse>> register(@Valid @RequestBody RegisterPetitionRequest request,
                                                    CurrentUser user) {
        return registration.register(request, user).map(PetitionResponse::of)
                .map(body -> ResponseEntity.created(URI.create("/api/petitions/" + body.id())).body(body));
    }

    /**
     * The petitions in the caller's scope: filters {@code state category jurisdiction holder flag dueBefore overdue}
     * (flags {@code collective skipLevel repeat litigationRelated supervised}), {@code page}/{@code size}, {@code sort},
     * or {@code after} (an id) in the default order; see {@link ListRequest}.
     */
    @GetMapping
    Mono<ListPage<PetitionSummary>> search(@RequestParam MultiValueMap<String, String> params, CurrentUser user) {
        return reading.search(params, user);
    }

    /** How many petitions in the caller's scope (and the same filters) are in each state. */
    @GetMapping("/counts")
    Mono<StateCounts> counts(@RequestParam MultiValueMap<String, String> params, CurrentUser user) {
        return reading.counts(params, user);
    }

    /**
     * The list as a CSV file for Excel (same filters and sort, no paging, at most {@link Listings#EXPORT_CAP} rows):
     * phones masked, never an ID-card number.
     */
    @GetMapping("/export.csv")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(@RequestParam MultiValueMap<String, String> params,
                                                  CurrentUser user) {
        return reading.export(params, user).map(download -> download.asAttachment("petitions", clock.instant()));
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

    /**
     * A petitioner's full ID-card number and phone, for the county supervisor, leader or administrator over the
     * petition's place, with a {@code reason} (400 without); every read is recorded first. Never cached.
     */
    @GetMapping("/{id}/petitioners/{index}/identity")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'LEADER', 'ADMIN')")
    Mono<ResponseEntity<PetitionerIdentity.IdentityView>> identity(@PathVariable String id, @PathVariable int index,
            @RequestParam(required = false) String reason, CurrentUser user) {
        return identity.reveal(id, index, reason, user)
                .map(view -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view));
    }

    /** Who did what when, oldest first. */
    @GetMapping("/{id}/timeline")
    Mono<List<TimelineEntry>> timeline(@PathVariable String id, CurrentUser user) {
        return reading.find(id, user).map(Petition::timeline);
    }
}
