package org.fengqiao.grid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.fengqiao.platform.testkit.AcceptTestTokens;
import org.fengqiao.platform.testkit.EmbeddedPlatform;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * grid-service as a whole against the real embedded broker and Mongo-wire store, with test tokens and a
 * {@link TestClock} tests may move forward.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// On 2 busy cores the first call of a context can outlast the 5 s default.
@AutoConfigureWebTestClient(timeout = "30s")
@EmbeddedPlatform
@AcceptTestTokens
@Import(GridIT.Clocks.class)
public @interface GridIT {

    /** One controllable clock for the shared context, replacing the platform's. */
    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }
}
