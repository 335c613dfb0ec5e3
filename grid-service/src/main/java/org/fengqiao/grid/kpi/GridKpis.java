package org.fengqiao.grid.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;
import org.fengqiao.grid.jurisdiction.GridArea;
import org.fengqiao.grid.jurisdiction.Grids;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Counts a period's reports and patrols of a jurisdiction, per unit one tier below it. */
@Service
class GridKpis {

    private static final String REPORTS = "field_reports";
    private static final String PATROLS = "patrols";

    private final ReactiveMongoTemplate mongo;
    private final Grids grids;

    GridKpis(ReactiveMongoTemplate mongo, Grids grids) {
        this.mongo = mongo;
        this.grids = grids;
    }

    Mono<KpiResponse> of(Jurisdiction within, Instant from, Instant to) {
        int unitLength = switch (within.tier()) {
            case COUNTY -> Jurisdiction.Tier.TOWNSHIP.codeLength();
            case TOWNSHIP -> Jurisdiction.Tier.VILLAGE.codeLength();
            case VILLAGE, GRID -> Jurisdiction.Tier.GRID.codeLength();
        };
        Function<String, String> unitOf = code -> code.substring(0, unitLength);
        Query reports = Query.query(Criteria.where("gridCode").regex("^" + within.code())
                .and("submittedAt").gte(from).lt(to));
        reports.fields().include("gridCode", "reporter", "status", "dueAt", "handling.handledAt");
        Query patrols = Query.query(Criteria.where("gridCode").regex("^" + within.code())
                .and("endedAt").gte(from).lt(to));
        patrols.fields().include("gridCode");
        return Mono.zip(mongo.find(reports, Document.class, REPORTS).collectList(),
                        mongo.find(patrols, Document.class, PATROLS).collectList(),
                        grids.all().filter(grid -> grid.code().startsWith(within.code())).map(GridArea::code)
                                .collectList())
                .map(data -> {
                    Map<String, Tally> units = new TreeMap<>();
                    Tally total = new Tally(within.code());
                    data.getT3().forEach(grid -> {
                        total.grid(grid);
                        units.computeIfAbsent(unitOf.apply(grid), Tally::new).grid(grid);
                    });
                    data.getT1().forEach(report -> {
                        total.report(report);
                        units.computeIfAbsent(unitOf.apply(report.getString("gridCode")), Tally::new).report(report);
                    });
                    data.getT2().forEach(patrol -> {
                        total.patrol(patrol);
                        units.computeIfAbsent(unitOf.apply(patrol.getString("gridCode")), Tally::new).patrol(patrol);
                    });
                    return new KpiResponse(within.code(), from, to, total.kpis(),
                            units.values().stream().map(Tally::kpis).toList());
                });
    }

    private static final class Tally {

        private final String code;
        private final Set<String> reporters = new HashSet<>();
        private final Set<String> grids = new HashSet<>();
        private final Set<String> patrolled = new HashSet<>();
        private long reports;
        private long closed;
        private long forwarded;
        private long handled;
        private long escalated;
        private long awaiting;
        private long due;
        private long onTime;
        private long patrols;

        Tally(String code) {
            this.code = code;
        }

        void grid(String grid) {
            grids.add(grid);
        }

        void report(Document report) {
            reports++;
            reporters.add(report.getString("reporter"));
            String status = report.getString("status");
            switch (status == null ? "" : status) {
                case "closed" -> closed++;
                case "forwarded" -> forwarded++;
                case "handled" -> handled++;
                case "escalated" -> escalated++;
                case "queued" -> awaiting++;
                default -> { }
            }
            Date dueAt = report.getDate("dueAt");
            if (dueAt != null) {
                due++;
                Document handling = report.get("handling", Document.class);
                Date handledAt = handling == null ? null : handling.getDate("handledAt");
                if (handledAt != null && !handledAt.after(dueAt)) {
                    onTime++;
                }
            }
        }

        void patrol(Document patrol) {
            patrols++;
            patrolled.add(patrol.getString("gridCode"));
        }

        UnitKpis kpis() {
            List<String> covered = new ArrayList<>(patrolled);
            covered.retainAll(grids);
            return new UnitKpis(code, reports, reporters.size(), ratio(reports, reporters.size()), closed, forwarded,
                    handled, escalated, awaiting, ratio(closed + forwarded + handled, reports), ratio(onTime, due),
                    patrols, grids.size(), covered.size(), ratio(covered.size(), grids.size()));
        }

        private static Double ratio(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
        }
    }
}
