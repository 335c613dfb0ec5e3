package org.fengqiao.petition.petition;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

interface PetitionRepository extends ReactiveMongoRepository<Petition, String> {

    Mono<Petition> findFirstByChannelAndSourceRef(Channel channel, String sourceRef);
}
