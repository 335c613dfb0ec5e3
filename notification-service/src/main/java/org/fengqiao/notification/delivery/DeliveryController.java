package org.fengqiao.notification.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The delivery log for supervisors (督办) and administrators, and replaying a sent or dead delivery. */
@RestController
@Validated
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class DeliveryController {

    private final DeliveryQueue deliveries;

    DeliveryController(DeliveryQueue deliveries) {
        this.deliveries = deliveries;
    }

    /**
     * The log inside the caller's jurisdiction, newest first. {@code orderNumber} and {@code workOrderId} are the
     * older names of {@code caseNumber} and {@code caseId}, still accepted.
     */
    @GetMapping("/deliveries")
    Mono<DeliveryPage> search(CurrentUser user,
                              @RequestParam(required = false) String caseType,
                              @RequestParam(required = false) String caseId,
                              @RequestParam(required = false) String caseNumber,
                              @RequestParam(required = false) String workOrderId,
                              @RequestParam(required = false) String orderNumber,
                              @RequestParam(required = false) String eventType,
                              @RequestParam(required = false) String recipient,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String channel,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        DeliverySearch search = new DeliverySearch(
                blankToNull(caseType) == null ? null : CaseType.parse(caseType.trim()),
                either("caseId", caseId, "workOrderId", workOrderId),
                either("caseNumber", caseNumber, "orderNumber", orderNumber),
                blankToNull(eventType), blankToNull(recipient),
                blankToNull(status) == null ? null : DeliveryStatus.parse(status.trim()),
                blankToNull(channel) == null ? null : Channel.parse(channel.trim()));
        return deliveries.search(search, user.jurisdiction().code(), page, size);
    }

    /** 重放: the 12345 callbacks path named in the hotline contract, and the same for any delivery. */
    @PostMapping({"/callbacks/{id}/replay", "/deliveries/{id}/replay"})
    Mono<DeliveryResponse> replay(@PathVariable String id, CurrentUser user) {
        return deliveries.replay(id, delivery -> user.canSee(Jurisdiction.of(delivery.jurisdiction())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("投递记录不存在: " + id)))
                .map(DeliveryResponse::of);
    }

    /** A filter and its older alias: either may be given, both only when they agree. */
    private static String either(String name, String value, String aliasName, String alias) {
        String given = blankToNull(value);
        String old = blankToNull(alias);
        if (given != null && old != null && !given.equals(old)) {
            throw new InvalidFilterException(name + " 与 " + aliasName + "（" + name + " 的旧名）不一致: " + given + " ≠ " + old);
        }
        return given != null ? given : old;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
