/**
 * Test kit shared with every service's tests through the {@code platform-support} test-jar.
 *
 * <ul>
 * <li>{@link org.fengqiao.platform.testkit.TestTokens}: real RS256 JWTs for the demo identities
 * ({@code countyDispatcher()}, {@code handlerOf("330681101")}, {@code gridWorkerOf(...)}, ...) or any caller
 * ({@code forSubject(...)}), signed with a test-only key pair.</li>
 * <li>{@link org.fengqiao.platform.testkit.AcceptTestTokens}: one annotation on the test class so the application
 * validates those tokens.</li>
 * <li>{@link org.fengqiao.platform.testkit.DemoDivisions}: the demo county's division codes.</li>
 * </ul>
 *
 * <pre>
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * &#64;AcceptTestTokens
 * class PetitionIntakeIT { ... .headers(h -&gt; h.setBearerAuth(TestTokens.countyDispatcher())) ... }
 * </pre>
 *
 * <p>The test kit services use in their ITs (published as this module's test-jar): the real Kafka broker
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
