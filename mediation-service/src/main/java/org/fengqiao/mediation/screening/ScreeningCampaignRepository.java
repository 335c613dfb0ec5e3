package org.fengqiao.mediation.screening;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface ScreeningCampaignRepository extends ReactiveMongoRepository<ScreeningCampaign, String> {
}
