package org.fengqiao.grid.jurisdiction;

import java.util.List;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.InvalidJurisdictionException;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * CSV import of divisions ({@code code,name,parent?}, optional header row). Rows are applied one after another in
 * file order (so a township may precede its villages) through {@link JurisdictionAdmin}, which stores and announces
 * each change; a bad row is rejected alone. An existing division whose name differs is renamed, keeping its
 * boundary and centre.
 */
@Service
class JurisdictionImport {

    static final int MAX_ROWS = 2000;

    private final DivisionRepository divisions;
    private final JurisdictionAdmin admin;

    JurisdictionImport(DivisionRepository divisions, JurisdictionAdmin admin) {
        this.divisions = divisions;
        this.admin = admin;
    }

    Mono<ImportResult> importCsv(String csv, CurrentUser user) {
        List<CsvRows.Row> rows = CsvRows.parse(csv == null ? "" : csv);
        if (!rows.isEmpty() && "code".equalsIgnoreCase(rows.get(0).fields().get(0))) {
            rows = rows.subList(1, rows.size());
        }
        if (rows.isEmpty()) {
            return Mono.error(new InvalidDivisionException("csv", List.of("CSV 中没有数据行（列：code,name,parent）")));
        }
        if (rows.size() > MAX_ROWS) {
            return Mono.error(new InvalidDivisionException("csv", List.of("一次最多导入 " + MAX_ROWS + " 行，请分批导入")));
        }
        return Flux.fromIterable(rows)
                .concatMap(row -> apply(row, user))
                .collectList()
                .map(ImportResult::of);
    }

    private Mono<ImportResult.Row> apply(CsvRows.Row row, CurrentUser user) {
        List<String> fields = row.fields();
        String rawCode = fields.get(0);
        if (fields.size() < 2 || fields.size() > 3) {
            return rejected(row, rawCode, "invalid_row", "每行应为 code,name[,parent] 两到三列");
        }
        Jurisdiction code;
        try {
            code = Jurisdiction.of(rawCode);
        }
        catch (InvalidJurisdictionException ex) {
            return rejected(row, rawCode, "invalid_code", ex.getMessage());
        }
        String name = fields.get(1);
        if (name.isBlank() || name.length() > 50) {
            return rejected(row, rawCode, "invalid_name", "名称不能为空且不超过 50 个字");
        }
        String parent = fields.size() == 3 ? fields.get(2) : "";
        String derivedParent = code.parent().map(Jurisdiction::code).orElse("");
        if (!parent.isEmpty() && !parent.equals(derivedParent)) {
            return rejected(row, rawCode, "parent_mismatch", "上级代码 " + parent + " 与代码 " + rawCode + " 的上级 "
                    + (derivedParent.isEmpty() ? "（无）" : derivedParent) + " 不符");
        }
        if (!user.canSee(code)) {
            return rejected(row, rawCode, "outside_jurisdiction", "区划 " + rawCode + " 不在您的管理范围内");
        }
        return divisions.findById(code.code())
                .flatMap(existing -> existing.name().equals(name)
                        ? Mono.just(ImportResult.Row.done(row.line(), rawCode, "unchanged"))
                        : admin.change(rawCode, new DivisionRequest(null, name, existing.boundary(),
                                        centreOf(existing.centre())), user)
                                .map(changed -> ImportResult.Row.done(row.line(), rawCode, "updated")))
                .switchIfEmpty(Mono.defer(() -> admin.create(new DivisionRequest(rawCode, name, null, null), user)
                        .map(created -> ImportResult.Row.done(row.line(), rawCode, "created"))))
                .onErrorResume(NotFoundException.class, missing -> rejected(row, rawCode, "unknown_parent",
                        "上级区划 " + derivedParent + " 不存在（可在本文件中先列出上级）"))
                .onErrorResume(ConflictException.class, raced -> rejected(row, rawCode, "conflict",
                        "区划 " + rawCode + " 正被同时修改，请重试"));
    }

    private static CentreRequest centreOf(GeoPoint centre) {
        return centre == null ? null : new CentreRequest(centre.latitude(), centre.longitude());
    }

    private static Mono<ImportResult.Row> rejected(CsvRows.Row row, String code, String reason, String detail) {
        return Mono.just(ImportResult.Row.rejected(row.line(), code, reason, detail));
    }
}
