package org.fengqiao.survey.returnvisit;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface ReturnVisitRepository extends ReactiveMongoRepository<ReturnVisit, String> {
}
