package org.fengqiao.platform.testapp;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/probe")
class ProbeController {

    private static final Logger log = LoggerFactory.getLogger(ProbeController.class);

    enum Category { LAND, LABOUR, NEIGHBOUR }

    record CaseRequest(@NotBlank @Size(max = 20) String title, @NotNull Category category,
            @NotNull @Min(1) Integer petitioners, Jurisdiction jurisdiction) {
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CaseRequest> register(@Valid @RequestBody CaseRequest request) {
        return Mono.just(request);
    }

    @GetMapping("/cases/{id}")
    Mono<String> find(@PathVariable String id) {
        return Mono.error(new NotFoundException("信访件 " + id + " 不存在"));
    }

    @PostMapping("/cases/{id}/close")
    Mono<String> close(@PathVariable String id) {
        return Mono.error(new ConflictException("信访件已办结，不能重复办结"));
    }

    @GetMapping("/stale")
    Mono<String> stale() {
        return Mono.error(new OptimisticLockingFailureException("Version 3 of PetitionCase does not match 4"));
    }

    @GetMapping("/duplicate")
    Mono<String> duplicate() {
        return Mono.error(new DuplicateKeyException("E11000 duplicate key error collection: petition.cases"));
    }

    @GetMapping("/foreign")
    Mono<String> foreign() {
        throw new ForbiddenException("不能查看其他乡镇的信访件");
    }

    @GetMapping("/boom")
    Mono<String> boom() {
        return Mono.error(new IllegalStateException("connection mongodb://admin:s3cret@db failed"));
    }

    @GetMapping("/divisions/{code}")
    Mono<Map<String, Object>> division(@PathVariable Jurisdiction code) {
        return Mono.just(Map.of("code", code, "tier", code.tier()));
    }

    @GetMapping("/pages")
    Mono<Integer> page(@RequestParam @Min(1) int page) {
        return Mono.just(page);
    }

    @GetMapping("/me")
    Mono<CurrentUser> me(CurrentUser user) {
        return Mono.just(user);
    }

    @GetMapping("/me/reactive")
    Mono<CurrentUser> meReactive() {
        return CurrentUser.current();
    }

    @GetMapping("/dispatch")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<String> dispatchOnly() {
        return Mono.just("dispatched");
    }

    @GetMapping("/work-orders")
    @PreAuthorize("hasAuthority('SCOPE_work-orders')")
    Mono<String> workOrders() {
        return Mono.just("work orders");
    }

    /** Logs on another thread, as reactive code does, to show the log context follows. */
    @GetMapping("/log")
    Mono<String> logSomething() {
        return Mono.fromCallable(() -> {
            log.info("probe log line");
            return "logged";
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
