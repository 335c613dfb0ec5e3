package org.fengqiao.survey.returnvisit;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

interface ReturnVisitRepository extends ReactiveMongoRepository<ReturnVisit, String> {

    Mono<ReturnVisit> findByRatingTokenHash(String ratingTokenHash);
}
