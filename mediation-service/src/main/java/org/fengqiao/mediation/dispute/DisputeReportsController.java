package org.fengqiao.mediation.dispute;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

@RestController
@Validated
@RequestMapping("/api")
class DisputeReportsController {

    private final DisputeReports reports;

    DisputeReportsController(DisputeReports reports) {
        this.reports = reports;
    }

    /** 三级例会议程 for a unit (default: the caller's own). */
    @GetMapping("/meetings/agenda")
    Mono<MeetingAgenda> agenda(CurrentUser user,
                               @RequestParam(required = false) Jurisdiction jurisdiction,
                               @RequestParam(defaultValue = "30") @Min(1) @Max(3650) int longUnresolvedDays) {
        return reports.agenda(jurisdiction == null ? user.jurisdiction() : jurisdiction,
                Duration.ofDays(longUnresolvedDays), user);
    }

    /** KPIs of a unit (default: the caller's own) over the disputes opened between two days, inclusive. */
    @GetMapping("/disputes/kpis")
    Mono<MediationKpis> kpis(CurrentUser user,
                             @RequestParam(required = false) Jurisdiction jurisdiction,
                             @RequestParam LocalDate from,
                             @RequestParam LocalDate to) {
        if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计区间无效：to 不能早于 from，且不超过 5 年");
        }
        return reports.kpis(jurisdiction == null ? user.jurisdiction() : jurisdiction, from, to, user);
    }
}
