package org.fengqiao.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} against the JVM's shared real Kafka broker ({@link TestKafka}) and
 * Mongo-wire store ({@link TestMongo}): sets {@code spring.kafka.bootstrap-servers} and
 * {@code spring.mongodb.uri} (keeping the database name the service configures). A service's own IT
 * meta-annotation combines it with {@code @SpringBootTest}:
 *
 * <pre>{@code
 * @Retention(RUNTIME) @Target(TYPE)
 * @SpringBootTest(webEnvironment = RANDOM_PORT)
 * @EmbeddedPlatform
 * public @interface PetitionIT {}
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
public @interface EmbeddedPlatform {
}
