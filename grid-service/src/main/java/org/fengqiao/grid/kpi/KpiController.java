package org.fengqiao.grid.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import reactor.core.publisher.Mono;

@RestController
class KpiController {

    private static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final GridKpis kpis;
    private final Clock clock;

    KpiController(GridKpis kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    /**
     * KPIs of {@code within} (default: the caller's jurisdiction) for {@code [from, to)} (default: the last 30 days),
     * per unit one tier below; 404 outside the caller's jurisdiction.
     */
    @GetMapping("/api/grids/kpis")
    Mono<KpiResponse> kpis(@RequestParam(required = false) Jurisdiction within,
                           @RequestParam(required = false) Instant from,
                           @RequestParam(required = false) Instant to,
                           CurrentUser user) {
        Jurisdiction scope = within == null ? user.jurisdiction() : within;
        if (!user.canSee(scope)) {
            return Mono.error(new NotFoundException("管辖区划不存在: " + scope.code()));
        }
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计区间无效：from 须早于 to，且不超过 366 天"));
        }
        return kpis.of(scope, start, end);
    }
}
