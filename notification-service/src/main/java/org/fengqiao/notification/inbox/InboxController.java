package org.fengqiao.notification.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@Validated
@RequestMapping("/api/inbox")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    Mono<InboxView> read(CurrentUser user,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return inbox.read(user, page, size);
    }

    @GetMapping("/unread")
    Mono<UnreadCounts> unread(CurrentUser user) {
        return inbox.unread(user);
    }

    @PostMapping("/{id}/read")
    Mono<InboxItemResponse> markRead(@PathVariable String id, CurrentUser user) {
        return inbox.markRead(id, user);
    }
}
