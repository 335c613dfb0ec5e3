package org.fengqiao.notification.inbox;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface InboxRepository extends ReactiveMongoRepository<InboxItem, String> {

    Flux<InboxItem> findByRecipientInOrderByCreatedAtDesc(Iterable<String> recipients, Pageable page);

    Mono<Long> countByRecipientInAndReadAtIsNull(Iterable<String> recipients);
}
