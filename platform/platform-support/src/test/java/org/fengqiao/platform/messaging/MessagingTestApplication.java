package org.fengqiao.platform.messaging;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;

/** The smallest service: one aggregate with an outbox, and whatever the auto-configuration adds. */
@SpringBootConfiguration
@EnableAutoConfiguration
class MessagingTestApplication {

    @Bean
    OutboxCollection testCaseOutbox() {
        return OutboxCollection.named(TestCase.COLLECTION);
    }

    @Bean
    TestCases testCases(ReactiveMongoOperations mongo, OutboxRelay relay) {
        return new TestCases(mongo, relay);
    }
}
