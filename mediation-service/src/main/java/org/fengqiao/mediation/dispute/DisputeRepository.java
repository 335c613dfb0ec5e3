package org.fengqiao.mediation.dispute;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

interface DisputeRepository extends ReactiveMongoRepository<Dispute, String> {

    Mono<Dispute> findBySourceReference(String sourceReference);
}
