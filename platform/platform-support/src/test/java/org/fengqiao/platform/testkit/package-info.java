/**
 * The test kit services use in their ITs (published as this module's test-jar): the real Kafka broker
 * and the Mongo-wire store, started once per test JVM ({@link org.fengqiao.platform.testkit.TestKafka},
 * {@link org.fengqiao.platform.testkit.TestMongo}) and wired into a Spring test context by
 * {@link org.fengqiao.platform.testkit.EmbeddedPlatform}; a broker that can be stopped and started again
 * ({@link org.fengqiao.platform.testkit.RestartableKafkaBroker}); and
 * {@link org.fengqiao.platform.testkit.RecordingConsumer} to see what landed on a topic or its dead-letter topic.
 *
 * <p>The test-jar does not bring its dependencies along: a service adds, test-scoped and without versions
 * (the root POM manages them), {@code spring-kafka-test} and {@code mongo-java-server} next to
 * {@code platform-support:test-jar}.
 */
package org.fengqiao.platform.testkit;
