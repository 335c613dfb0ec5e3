package org.fengqiao.petition;

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
 * petition-service as a whole against the real embedded broker and Mongo-wire store, with test tokens. The web
 * client waits up to 30 s for a response: on a loaded shared build machine the first requests can take longer
 * than the default 5 s. The application's clock is a {@link TestClock}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@EmbeddedPlatform
@AcceptTestTokens
@Import(TestClock.Configuration.class)
public @interface PetitionIT {
}
