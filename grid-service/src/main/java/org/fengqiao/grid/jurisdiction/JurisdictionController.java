package org.fengqiao.grid.jurisdiction;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The jurisdiction tree. Reading is open to every authenticated caller: names and tiers are reference data every
 * service already receives through {@code jurisdiction.changed}, not case data. Changing it is for admins.
 */
@RestController
@RequestMapping("/api/jurisdictions")
class JurisdictionController {

    private final DivisionRepository divisions;
    private final JurisdictionAdmin admin;
    private final JurisdictionImport importer;

    JurisdictionController(DivisionRepository divisions, JurisdictionAdmin admin, JurisdictionImport importer) {
        this.divisions = divisions;
        this.admin = admin;
        this.importer = importer;
    }

    @GetMapping("/{code}")
    Mono<DivisionResponse> get(@PathVariable Jurisdiction code) {
        return divisions.findById(code.code())
                .map(DivisionResponse::of)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("区划不存在: " + code.code())));
    }

    @GetMapping("/{code}/children")
    Mono<List<DivisionResponse>> children(@PathVariable Jurisdiction code) {
        return divisions.existsById(code.code())
                .flatMap(exists -> exists
                        ? divisions.findByParentCodeOrderByCodeAsc(code.code()).map(DivisionResponse::of).collectList()
                        : Mono.error(new NotFoundException("区划不存在: " + code.code())));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    Mono<ResponseEntity<DivisionResponse>> create(@Valid @RequestBody DivisionRequest request, CurrentUser user) {
        return admin.create(request, user).map(DivisionResponse::of)
                .map(body -> ResponseEntity.created(URI.create("/api/jurisdictions/" + body.code())).body(body));
    }

    /**
     * CSV import ({@code text/csv}, columns {@code code,name,parent}, parent optional, header row optional): 200 with
     * one result per row; each created or renamed division is announced like a change through this API.
     */
    @PostMapping(path = "/import", consumes = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    Mono<ImportResult> importCsv(@RequestBody(required = false) String csv, CurrentUser user) {
        return importer.importCsv(csv, user);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    Mono<DivisionResponse> change(@PathVariable String code, @Valid @RequestBody DivisionRequest request,
                                  CurrentUser user) {
        return admin.change(code, request, user).map(DivisionResponse::of);
    }
}
