package org.fengqiao.mediation.dispute;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface MeetingRepository extends ReactiveMongoRepository<Meeting, String> {
}
