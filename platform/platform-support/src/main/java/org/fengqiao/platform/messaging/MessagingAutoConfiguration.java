package org.fengqiao.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.UnreadableEventException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.ProducerListener;

/**
 * Messaging for every service: event (de)serialisation, the topics, one error handler for all listeners
 * (retries with exponential backoff, then {@code <topic>.dlt}), the {@code kafka} health contributor, the
 * in-document outbox relay and idempotent consumption. Each bean backs off when the service declares its own.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoReactiveAutoConfiguration.class})
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean(KafkaTemplate.class)
@EnableConfigurationProperties({MessagingKafkaProperties.class, OutboxProperties.class})
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventJson eventJson() {
        return EventJson.standard();
    }

    @Bean
    @ConditionalOnMissingBean
    EventRecords eventRecords(EventJson eventJson, MessagingKafkaProperties properties) {
        return new EventRecords(eventJson, properties.consumer().handlerTimeout());
    }

    /** The outbox guarantee rests on these two, so a service cannot turn them off by accident. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer idempotentProducer() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
    }

    @Bean
    @ConditionalOnMissingBean(name = "fengqiaoTopics")
    @ConditionalOnProperty(prefix = "fengqiao.kafka.topics", name = "create", matchIfMissing = true)
    KafkaAdmin.NewTopics fengqiaoTopics(MessagingKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            for (String name : List.of(topic, Topics.deadLetter(topic))) {
                topics.add(new NewTopic(name, properties.topics().partitions(), properties.topics().replicas()));
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /**
     * Picked up by Boot's listener container factory. A poison record ({@link UnreadableEventException}) is
     * dead-lettered at once: reading it again cannot succeed. The dead-letter record keeps key and headers
     * (so the event id) and adds the {@code kafka_dlt-*} headers; Kafka chooses its partition by key.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template, MessagingKafkaProperties properties) {
        MessagingKafkaProperties.ConsumerProperties consumer = properties.consumer();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(consumer.retries());
        backOff.setInitialInterval(consumer.initialInterval().toMillis());
        backOff.setMultiplier(consumer.multiplier());
        backOff.setMaxInterval(consumer.maxInterval().toMillis());
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, error) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        handler.setRetryListeners(new ListenerFailureLog());
        return handler;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReactiveHealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("kafka")
    static class KafkaHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
        KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, MessagingKafkaProperties properties) {
            return new KafkaHealthIndicator(admin.getConfigurationProperties(), properties.health().timeout());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
    static class TracingConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RelayTracing relayTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            Tracer currentTracer = tracer.getIfUnique();
            Propagator currentPropagator = propagator.getIfUnique();
            return currentTracer == null || currentPropagator == null
                    ? RelayTracing.NONE
                    : new MicrometerRelayTracing(currentTracer, currentPropagator);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ReactiveMongoOperations.class)
    static class MongoConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ProcessedEvents processedEvents(ReactiveMongoOperations mongo, Environment environment, ObjectProvider<Clock> clock) {
            return new ProcessedEvents(mongo, environment.getProperty("spring.application.name", "fengqiao"),
                    clock.getIfUnique(Clock::systemUTC));
        }

        @Bean
        ProcessedEventsExpiry processedEventsExpiry(ProcessedEvents processedEvents, MessagingKafkaProperties properties,
                ObjectProvider<Clock> clock) {
            return new ProcessedEventsExpiry(processedEvents, properties.consumer().processedRetention(),
                    clock.getIfUnique(Clock::systemUTC));
        }

        @Bean
        @ConditionalOnMissingBean(OutboxRelay.class)
        @ConditionalOnProperty(prefix = "fengqiao.outbox", name = "enabled", matchIfMissing = true)
        MongoOutboxRelay outboxRelay(ReactiveMongoOperations mongo, ProducerFactory<String, String> producerFactory,
                EventJson eventJson, OutboxProperties properties, ObjectProvider<OutboxCollection> declared,
                ObjectProvider<RelayTracing> tracing, ObjectProvider<MeterRegistry> meters,
                ObjectProvider<ObservationRegistry> observations, ObjectProvider<Clock> clock, Environment environment) {
            List<String> collections = new ArrayList<>(properties.collections());
            declared.orderedStream().map(OutboxCollection::name).forEach(collections::add);
            OutboxSender sender = new OutboxSender(relayTemplate(producerFactory, observations, environment),
                    eventJson.catalog(), tracing.getIfAvailable(() -> RelayTracing.NONE), ackTimeout(producerFactory));
            OutboxMetrics metrics = new OutboxMetrics(meters.getIfUnique(SimpleMeterRegistry::new),
                    clock.getIfUnique(Clock::systemUTC));
            return new MongoOutboxRelay(mongo, sender, metrics, properties, collections);
        }

        /**
         * The relay's own template on the shared producer: without the logging producer listener, which would
         * log a stack trace for every attempt while Kafka is down; the relay reports outages itself.
         */
        private static KafkaTemplate<String, String> relayTemplate(ProducerFactory<String, String> producerFactory,
                ObjectProvider<ObservationRegistry> observations, Environment environment) {
            KafkaTemplate<String, String> template = new KafkaTemplate<>(producerFactory);
            template.setProducerListener(new ProducerListener<>() {
            });
            ObservationRegistry registry = observations.getIfUnique();
            if (registry != null && environment.getProperty("spring.kafka.template.observation-enabled", Boolean.class, false)) {
                template.setObservationEnabled(true);
                template.setObservationRegistry(registry);
            }
            return template;
        }

        /** Long enough for the producer to give its own verdict: waiting for metadata, then delivery. */
        private static Duration ackTimeout(ProducerFactory<?, ?> producerFactory) {
            Map<String, Object> config = producerFactory.getConfigurationProperties();
            return Duration.ofMillis(millis(config, ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000)
                    + millis(config, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000) + 5_000);
        }

        private static long millis(Map<String, Object> config, String key, long fallback) {
            Object value = config.get(key);
            return value == null ? fallback : Long.parseLong(value.toString());
        }
    }
}
