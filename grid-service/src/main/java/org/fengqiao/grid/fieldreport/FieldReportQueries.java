package org.fengqiao.grid.fieldreport;

import java.time.Instant;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reading reports within the caller's jurisdiction; anything outside it does not exist for the caller. */
@Service
class FieldReportQueries {

    private final FieldReportRepository reports;
    private final ReactiveMongoTemplate mongo;

    FieldReportQueries(FieldReportRepository reports, ReactiveMongoTemplate mongo) {
        this.reports = reports;
        this.mongo = mongo;
    }

    Mono<FieldReport> find(String id, CurrentUser user) {
        return reports.findById(id)
                .filter(report -> user.canSee(Jurisdiction.of(report.gridCode())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("上报事件不存在: " + id)));
    }

    /**
     * Newest first, within {@code within} (default: the caller's whole jurisdiction). Paged by {@code before}
     * (the {@code submittedAt} of the last report of the previous page).
     */
    Flux<FieldReport> list(Filter filter, CurrentUser user) {
        Jurisdiction scope = filter.within() == null ? user.jurisdiction() : filter.within();
        if (!user.canSee(scope)) {
            return Flux.error(new NotFoundException("管辖区划不存在: " + scope.code()));
        }
        // Codes are digits only (Jurisdiction validates them), so the prefix is a safe regex.
        Criteria criteria = Criteria.where("gridCode").regex("^" + scope.code());
        if (filter.type() != null) {
            criteria = criteria.and("type").is(filter.type());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.mine()) {
            criteria = criteria.and("reporter").is(user.subject());
        }
        if (filter.before() != null) {
            criteria = criteria.and("submittedAt").lt(filter.before());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "submittedAt", "_id"))
                .limit(filter.limit());
        return mongo.find(query, FieldReport.class);
    }

    record Filter(Jurisdiction within, FieldReportType type, FieldReportStatus status, boolean mine, Instant before,
                  int limit) {
    }
}
