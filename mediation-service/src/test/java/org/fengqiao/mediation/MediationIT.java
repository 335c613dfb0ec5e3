package org.fengqiao.mediation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.fengqiao.platform.testkit.AcceptTestTokens;
import org.fengqiao.platform.testkit.EmbeddedPlatform;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * mediation-service as a whole against the real embedded broker and Mongo-wire store, with test tokens and a
 * {@link TestClock} the tests move forward (one shared context: every IT uses exactly this annotation). The clock
 * only ever moves forward, so a test that moves it may escalate disputes earlier tests left open; tests assert
 * on their own disputes only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fengqiao.mediation.clocks.scan-interval=300ms")
// On 2 busy cores the first call of a context can outlast the 5 s default.
@AutoConfigureWebTestClient(timeout = "30s")
@EmbeddedPlatform
@AcceptTestTokens
@Import(TestClock.Configuration.class)
public @interface MediationIT {
}
