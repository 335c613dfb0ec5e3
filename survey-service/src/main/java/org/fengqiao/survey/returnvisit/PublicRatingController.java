package org.fengqiao.survey.returnvisit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/**
 * The citizen's self-service rating through the one-time link of their SMS; no login (the gateway limits calls per
 * IP). Unknown link 404, used or expired 410.
 */
@RestController
@RequestMapping("/api/public/ratings")
class PublicRatingController {

    private final ReturnVisits returnVisits;
    private final UnitNames units;

    PublicRatingController(ReturnVisits returnVisits, UnitNames units) {
        this.returnVisits = returnVisits;
        this.units = units;
    }

    @GetMapping("/{token}")
    Mono<RatingPage> page(@PathVariable String token) {
        return returnVisits.openRating(token).flatMap(visit -> units.nameOf(visit.unit())
                .map(name -> RatingPage.of(visit, name))
                .switchIfEmpty(Mono.fromSupplier(() -> RatingPage.of(visit, null))));
    }

    @PostMapping("/{token}")
    Mono<RatingReceipt> rate(@PathVariable String token, @Valid @RequestBody RatingRequest request) {
        return Mono.defer(() -> returnVisits.rate(token, request)).map(RatingReceipt::of);
    }
}
