package org.fengqiao.platform.testkit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Makes the application validate {@link TestTokens}: a JWT decoder with the test public key instead of the
 * identity server's JWK set, with the same checks (RS256 signature, expiry, issuer =
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). Use it through {@link AcceptTestTokens}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder testTokensJwtDecoder(Environment environment) {
        String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
