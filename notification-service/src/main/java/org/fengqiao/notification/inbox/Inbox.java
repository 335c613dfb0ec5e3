package org.fengqiao.notification.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Delivering items to units and reading a user's inbox, which holds the items of every unit the user belongs to. */
@Service
class Inbox {

    private final InboxRepository items;
    private final Clock clock;

    Inbox(InboxRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** Delivers once: the same event for the same recipient never makes a second item. */
    Mono<Void> deliver(String eventId, Recipient recipient, InboxMessage message) {
        return items.insert(InboxItem.fromEvent(eventId, recipient, message, clock.instant()))
                .onErrorResume(DuplicateKeyException.class, alreadyDelivered -> Mono.empty())
                .then();
    }

    Mono<InboxView> read(CurrentUser user, int page, int size) {
        List<String> recipients = recipientsOf(user);
        return items.findByRecipientInOrderByCreatedAtDesc(recipients, PageRequest.of(page, size))
                .map(InboxItemResponse::of)
                .collectList()
                .zipWith(items.countByRecipientInAndReadAtIsNull(recipients),
                        (list, unread) -> new InboxView(unread, list));
    }

    Mono<InboxItemResponse> markRead(String id, CurrentUser user) {
        return items.findById(id)
                .filter(item -> recipientsOf(user).contains(item.recipient()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("收件箱中没有这条消息: " + id)))
                .flatMap(item -> item.unread()
                        ? items.save(new InboxItem(item.id(), item.recipient(), item.kind(), item.title(), item.body(),
                                item.caseType(), item.caseId(), item.link(), item.sourceEventId(), item.createdAt(),
                                clock.instant()))
                        : Mono.just(item))
                .map(InboxItemResponse::of);
    }

    /** Unread items per unit the user belongs to and in the user's own inbox. */
    Mono<UnreadCounts> unread(CurrentUser user) {
        return Flux.fromIterable(recipientsOf(user))
                .concatMap(recipient -> items.countByRecipientInAndReadAtIsNull(List.of(recipient))
                        .map(count -> new UnreadCounts.Unread(recipient, count)))
                .collectList()
                .map(UnreadCounts::of);
    }

    /** The user's units (each role in the user's jurisdiction) and the user's personal inbox. */
    private static List<String> recipientsOf(CurrentUser user) {
        List<String> recipients = new ArrayList<>();
        user.roles().forEach(role -> recipients.add(Recipient.unit(role, user.jurisdiction().code()).key()));
        recipients.add(Recipient.personal(user).key());
        return recipients;
    }
}
