package org.fengqiao.petition.workorder;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

interface WorkOrderRepository extends ReactiveMongoRepository<WorkOrder, String> {

    Mono<WorkOrder> findByOrderNumber(String orderNumber);
}
