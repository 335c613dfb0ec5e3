package org.fengqiao.grid.jurisdiction;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;

interface DivisionRepository extends ReactiveMongoRepository<Division, String> {

    Flux<Division> findByParentCodeOrderByCodeAsc(String parentCode);

    Flux<Division> findByTier(Tier tier);
}
