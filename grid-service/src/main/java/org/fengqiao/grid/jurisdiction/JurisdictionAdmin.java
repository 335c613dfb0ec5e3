package org.fengqiao.grid.jurisdiction;

import java.time.Clock;
import java.util.List;

import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.InvalidJurisdictionException;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Creating and changing divisions; each stored change is announced as {@code jurisdiction.changed}. */
@Service
class JurisdictionAdmin {

    private final DivisionRepository divisions;
    private final OutboxRelay relay;
    private final Clock clock;

    JurisdictionAdmin(DivisionRepository divisions, OutboxRelay relay, Clock clock) {
        this.divisions = divisions;
        this.relay = relay;
        this.clock = clock;
    }

    /** A new division under an existing parent (a county needs none), inside the admin's jurisdiction. */
    Mono<Division> create(DivisionRequest request, CurrentUser admin) {
        Jurisdiction code = codeOf(request.code());
        checkShape(request);
        if (!admin.canSee(code)) {
            return Mono.error(new NotFoundException("管辖区划不在您的管理范围内: " + code.code()));
        }
        Division division = Division.create(code, request.name().strip(), request.boundary(), centreOf(request),
                admin.subject(), clock.instant());
        Mono<Boolean> parentExists = code.parent()
                .map(parent -> divisions.existsById(parent.code()))
                .orElse(Mono.just(true));
        return parentExists.flatMap(exists -> exists ? divisions.insert(division)
                        : Mono.error(new NotFoundException("上级区划不存在: " + division.parentCode())))
                .doOnNext(relay::publishPending)
                .onErrorMap(DuplicateKeyException.class, duplicate -> new ConflictException("区划已存在: " + code.code()));
    }

    /** New name, boundary and centre for an existing division inside the admin's jurisdiction. */
    Mono<Division> change(String rawCode, DivisionRequest request, CurrentUser admin) {
        Jurisdiction code = codeOf(rawCode);
        checkShape(request);
        return divisions.findById(code.code())
                .filter(division -> admin.canSee(code))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("区划不存在: " + code.code())))
                .map(division -> division.change(request.name().strip(), request.boundary(), centreOf(request),
                        admin.subject(), clock.instant()))
                .flatMap(divisions::save)
                .doOnNext(relay::publishPending);
    }

    private static Jurisdiction codeOf(String raw) {
        try {
            return Jurisdiction.of(raw);
        }
        catch (InvalidJurisdictionException ex) {
            throw new InvalidDivisionException("code", List.of(ex.getMessage()));
        }
    }

    private static void checkShape(DivisionRequest request) {
        if (request.boundary() != null) {
            List<String> problems = request.boundary().problems();
            if (!problems.isEmpty()) {
                throw new InvalidDivisionException("boundary", problems);
            }
        }
    }

    private static GeoPoint centreOf(DivisionRequest request) {
        return request.centre() == null ? null : request.centre().point();
    }
}
