package org.fengqiao.mediation.screening;

import java.net.URI;

import jakarta.validation.Valid;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/screenings")
class ScreeningController {

    private final ScreeningCampaigns campaigns;

    ScreeningController(ScreeningCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** 组织排查. */
    @PostMapping
    @PreAuthorize("hasAnyRole('HANDLER', 'DISPATCHER', 'LEADER')")
    Mono<ResponseEntity<CampaignSummary>> create(@Valid @RequestBody CampaignRequest request, CurrentUser user) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "排查期间无效：periodEnd 不能早于 periodStart");
        }
        return campaigns.create(request, user).map(campaigns::summary)
                .map(body -> ResponseEntity.created(URI.create("/api/screenings/" + body.id())).body(body));
    }

    /** The campaign with each unit's return status; units without a return after the due date are missing. */
    @GetMapping("/{id}")
    Mono<CampaignSummary> get(@PathVariable String id, CurrentUser user) {
        return campaigns.find(id, user).map(campaigns::summary);
    }

    /** 报送排查报表 for the caller's own unit: a zero report, or the disputes found. */
    @PostMapping("/{id}/returns")
    @PreAuthorize("hasAnyRole('MEDIATOR', 'HANDLER', 'GRID_WORKER')")
    Mono<CampaignSummary> file(@PathVariable String id, @Valid @RequestBody ReturnRequest request, CurrentUser user) {
        if (request.zeroReport() == !request.found().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "零报告（zeroReport=true）不能列出纠纷；非零报告至少列出一件纠纷");
        }
        return campaigns.file(id, request, user).map(campaigns::summary);
    }
}
