package org.fengqiao.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.fengqiao.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.test.util.ReflectionTestUtils;

/** What a service gets without configuring anything, and what it can replace. No broker, no store needed. */
class MessagingAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, MongoReactiveAutoConfiguration.class,
                    DataMongoReactiveAutoConfiguration.class, MessagingAutoConfiguration.class))
            // No broker here: KafkaAdmin must not try to create the topics at start-up.
            .withPropertyValues("spring.application.name=petition-service", "fengqiao.outbox.enabled=false",
                    "spring.kafka.admin.auto-create=false");

    @Test
    void theTopicsAndTheirDeadLetterTopicsAreDeclaredWithTheConfiguredShape() {
        runner.withPropertyValues("fengqiao.kafka.topics.partitions=6", "fengqiao.kafka.topics.replicas=3").run(context -> {
            Collection<NewTopic> topics = ReflectionTestUtils.invokeMethod(
                    context.getBean("fengqiaoTopics", KafkaAdmin.NewTopics.class), "getNewTopics");
            assertThat(topics).extracting(NewTopic::name)
                    .containsExactlyInAnyOrder(Topics.all().stream()
                            .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                            .toArray(String[]::new));
            assertThat(topics).allSatisfy(topic -> {
                        assertThat(topic.numPartitions()).isEqualTo(6);
                        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
                    });
        });
    }

    @Test
    void theProducerIsIdempotentAndWaitsForAllReplicasWhateverTheServiceSays() {
        runner.withPropertyValues("spring.kafka.producer.acks=1",
                "spring.kafka.producer.properties.enable.idempotence=false").run(context -> {
            Map<String, Object> config = context.getBean(ProducerFactory.class).getConfigurationProperties();
            assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                    .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        });
    }

    @Test
    void allListenersShareOneErrorHandlerUnlessTheServiceDeclaresItsOwn() {
        runner.run(context -> assertThat(context).getBean(CommonErrorHandler.class).isInstanceOf(DefaultErrorHandler.class));
        runner.withBean(CommonErrorHandler.class, () -> new CommonErrorHandler() {
        }).run(context -> assertThat(context).getBean(CommonErrorHandler.class).isNotInstanceOf(DefaultErrorHandler.class));
    }

    @Test
    void theRelayRunsUnlessTurnedOffAndConsumersGetTheirHelpersEitherWay() {
        runner.run(context -> assertThat(context).doesNotHaveBean(OutboxRelay.class)
                .hasSingleBean(ProcessedEvents.class).hasSingleBean(EventRecords.class)
                .hasBean("kafkaHealthIndicator"));
        runner.withPropertyValues("fengqiao.outbox.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(OutboxRelay.class));
    }

    @Test
    void kafkaDefaultsNameTheGroupAfterTheServiceAndGiveWayToItsOwnConfiguration() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("spring.config.name=messaging-defaults-test")
                .run()) {
            Environment environment = context.getEnvironment();

            assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("petition-service");
            assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
            assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("true");
            assertThat(environment.getProperty("spring.kafka.template.observation-enabled")).isEqualTo("true");
            assertThat(environment.getProperty("spring.kafka.producer.properties.delivery.timeout.ms")).isEqualTo("60000");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
