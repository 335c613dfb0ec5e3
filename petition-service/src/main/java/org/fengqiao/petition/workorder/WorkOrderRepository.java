package org.fengqiao.petition.workorder;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

import reactor.core.publisher.Mono;

interface WorkOrderRepository extends ReactiveCrudRepository<WorkOrder, String> {

    Mono<WorkOrder> findByOrderNumber(String orderNumber);
}
