package org.fengqiao.notification.inbox;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface InboxRepository extends ReactiveCrudRepository<InboxItem, String> {

    Flux<InboxItem> findByRecipientInOrderByCreatedAtDesc(Iterable<String> recipients, Pageable page);

    Mono<Long> countByRecipientInAndReadAtIsNull(Iterable<String> recipients);
}
