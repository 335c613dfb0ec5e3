package org.fengqiao.grid.fieldreport;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface FieldReportRepository extends ReactiveMongoRepository<FieldReport, String> {
}
