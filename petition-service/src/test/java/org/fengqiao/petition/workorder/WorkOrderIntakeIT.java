package org.fengqiao.petition.workorder;

import org.fengqiao.petition.PetitionIT;
import org.fengqiao.platform.testkit.TestKafka;

/** The intake scenarios on the real embedded Kafka broker and the Mongo-wire store. */
@PetitionIT
class WorkOrderIntakeIT extends WorkOrderIntakeScenarios {

    @Override
    String kafkaBootstrapServers() {
        return TestKafka.shared().bootstrapServers();
    }
}
