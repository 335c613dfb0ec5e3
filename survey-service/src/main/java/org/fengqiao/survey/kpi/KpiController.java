package org.fengqiao.survey.kpi;

import java.nio.charset.StandardCharsets;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The county KPIs for leaders, supervisors and admins (any division they oversee) and township staff (their
 * township); an admin can rebuild them from the topics.
 */
@RestController
@RequestMapping("/api/kpis")
class KpiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Kpis kpis;
    private final KpiRebuild rebuild;

    KpiController(Kpis kpis, KpiRebuild rebuild) {
        this.kpis = kpis;
        this.rebuild = rebuild;
    }

    /** {@code ?jurisdiction=330681101&period=2026-11}; the jurisdiction defaults to the caller's own. */
    @GetMapping
    @PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN', 'HANDLER')")
    Mono<KpiReport> report(@RequestParam(required = false) String jurisdiction,
                           @RequestParam(required = false) String period, CurrentUser user) {
        return Mono.defer(() -> kpis.report(jurisdiction, period, user));
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN', 'HANDLER')")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(required = false) String jurisdiction,
                                        @RequestParam(required = false) String period, CurrentUser user) {
        return Mono.defer(() -> kpis.report(jurisdiction, period, user)).map(report -> ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kpis-" + report.jurisdiction() + "-" + report.period() + ".csv").build().toString())
                .body(KpiCsv.of(report).getBytes(StandardCharsets.UTF_8)));
    }

    /** Drops the facts and re-reads every topic from the beginning; answers when done. */
    @PostMapping("/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    Mono<KpiRebuild.RebuildReport> rebuild() {
        return rebuild.rebuild();
    }
}
