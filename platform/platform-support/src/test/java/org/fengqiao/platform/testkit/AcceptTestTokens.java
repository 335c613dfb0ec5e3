package org.fengqiao.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * On a {@code @SpringBootTest} class: the application accepts {@link TestTokens} (and nothing signed by another
 * key), without reaching for the identity server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(TestJwtDecoderConfiguration.class)
public @interface AcceptTestTokens {
}
