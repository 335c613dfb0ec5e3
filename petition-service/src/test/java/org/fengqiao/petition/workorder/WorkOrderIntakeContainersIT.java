package org.fengqiao.petition.workorder;

import org.fengqiao.platform.testkit.ContainerPlatform;
import org.fengqiao.platform.testkit.OnRealContainers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake scenarios on a real MongoDB replica set and a real Kafka broker in containers. Skipped
 * cleanly where there is no Docker engine (as in CI); {@link WorkOrderIntakeIT} runs the same scenarios
 * on the embedded broker and store everywhere.
 */
@OnRealContainers
class WorkOrderIntakeContainersIT extends WorkOrderIntakeScenarios {

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        ContainerPlatform.register(registry, "petition");
    }

    @Override
    String kafkaBootstrapServers() {
        return ContainerPlatform.kafkaBootstrapServers();
    }
}
