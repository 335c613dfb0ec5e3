package org.fengqiao.survey.campaign;

import java.util.List;
import java.util.Map;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Evaluation campaigns for the staff who run them (surveyors, admins) and the leaders who read the results; only
 * campaigns inside the caller's jurisdiction exist for them.
 */
@RestController
@RequestMapping("/api/evaluations")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SURVEYOR', 'ADMIN')")
    Mono<Campaign> create(@RequestBody CampaignRequest request, CurrentUser user) {
        return Mono.defer(() -> campaigns.create(request, user));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SURVEYOR', 'ADMIN', 'LEADER', 'SUPERVISOR')")
    Mono<List<Campaign>> list(CurrentUser user) {
        return campaigns.list(user).collectList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SURVEYOR', 'ADMIN', 'LEADER', 'SUPERVISOR')")
    Mono<Campaign> get(@PathVariable String id, CurrentUser user) {
        return campaigns.find(id, user);
    }

    /** A paper form typed in by staff; an invalid form is still counted as returned (201, {@code valid: false}). */
    @PostMapping("/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SURVEYOR', 'ADMIN')")
    Mono<EvaluationResponse> enter(@PathVariable String id, @RequestBody FormRequest form, CurrentUser user) {
        return Mono.defer(() -> campaigns.enterPaper(id, form, user));
    }

    @PostMapping("/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SURVEYOR', 'ADMIN')")
    Mono<Map<String, List<String>>> tokens(@PathVariable String id, @RequestBody TokenRequest request, CurrentUser user) {
        return Mono.defer(() -> campaigns.issueTokens(id, request, user)).map(tokens -> Map.of("tokens", tokens));
    }

    /** The assessors' entries for a team under the 100-point scheme. */
    @PutMapping("/{id}/teams/{team}/assessment")
    @PreAuthorize("hasAnyRole('SURVEYOR', 'ADMIN')")
    Mono<Campaign> assess(@PathVariable String id, @PathVariable String team, @RequestBody TeamAssessment assessment,
                          CurrentUser user) {
        return Mono.defer(() -> campaigns.assess(id, team, assessment, user));
    }

    @GetMapping("/{id}/results")
    @PreAuthorize("hasAnyRole('SURVEYOR', 'ADMIN', 'LEADER', 'SUPERVISOR')")
    Mono<CampaignResults> results(@PathVariable String id, CurrentUser user) {
        return campaigns.results(id, user);
    }
}
