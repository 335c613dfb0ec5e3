package org.fengqiao.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Platform defaults for {@code spring.kafka.*}, added with the lowest precedence so a service's
 * {@code application.yml} or environment overrides any of them:
 * <ul>
 * <li>consumer group = {@code spring.application.name}, start from the earliest offset, String keys and values;</li>
 * <li>producer timeouts that let the outbox relay notice an unreachable broker within ~40 s (the relay then
 *     backs off) instead of the client defaults of minutes;</li>
 * <li>observation on for the template and the listeners, so the {@code traceparent} header propagates when
 *     tracing is present.</li>
 * </ul>
 * {@code acks=all} and {@code enable.idempotence=true} are not defaults but enforced on the producer factory.
 */
public final class MessagingDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "fengqiaoMessagingDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name:fengqiao}");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.key-deserializer", StringDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.value-deserializer", StringDeserializer.class.getName());
        defaults.put("spring.kafka.producer.key-serializer", StringSerializer.class.getName());
        defaults.put("spring.kafka.producer.value-serializer", StringSerializer.class.getName());
        defaults.put("spring.kafka.producer.properties.max.block.ms", "10000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "30000");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
