package org.fengqiao.survey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.fengqiao.platform.testkit.AcceptTestTokens;
import org.fengqiao.platform.testkit.EmbeddedPlatform;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * survey-service as a whole against the real embedded broker and Mongo-wire store, with test tokens; one shared
 * context for every IT of the module. The web client waits up to 30 s: first requests on a loaded machine are slow.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@EmbeddedPlatform
@AcceptTestTokens
public @interface SurveyIT {
}
