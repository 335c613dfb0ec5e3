package org.fengqiao.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * A service's integration test on real MongoDB and Kafka images ({@link ContainerPlatform}): the whole application
 * on a random port, accepting test tokens, skipped cleanly where there is no Docker engine (as in CI), where the
 * same scenarios run on the embedded broker and store instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// On 2 busy cores the first call of a context can outlast the 5 s default.
@AutoConfigureWebTestClient(timeout = "30s")
@AcceptTestTokens
public @interface OnRealContainers {
}
