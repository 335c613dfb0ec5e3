package org.fengqiao.platform.security;

import org.fengqiao.platform.defaults.PlatformDefaultsEnvironmentPostProcessor;
import org.fengqiao.platform.observability.ObservabilityAutoConfiguration;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.platform.web.ProblemDetailsAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableReactiveWebApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The production token path, no test decoder: Boot's decoder configured by the platform defaults fetches the
 * identity server's JWK set (served here by a stub holding the test key) and checks the issuer.
 */
class IdentityServerTokenValidationTest {

    private DisposableServer identityServer;

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withInitializer(context -> new PlatformDefaultsEnvironmentPostProcessor()
                    .postProcessEnvironment(context.getEnvironment(), null))
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
                    WebFluxAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class,
                    ProblemDetailsAutoConfiguration.class, ObservabilityAutoConfiguration.class,
                    ResourceServerSecurityAutoConfiguration.class, ReactiveWebSecurityAutoConfiguration.class,
                    ReactiveOAuth2ResourceServerAutoConfiguration.class))
            .withUserConfiguration(WhoAmI.class);

    @AfterEach
    void stopIdentityServer() {
        if (identityServer != null) {
            identityServer.disposeNow();
        }
    }

    @Test
    void acceptsTokensSignedWithTheIdentityServersKey() {
        startIdentityServer();
        run(client -> call(client, TestTokens.countyLeader()).expectStatus().isOk()
                .expectBody(String.class).isEqualTo("county-leader@330681"));
    }

    @Test
    void rejectsTokensFromAnotherIssuer() {
        startIdentityServer();
        runner.withPropertyValues("OAUTH2_JWK_SET_URI=" + jwkSetUri(), "OAUTH2_ISSUER_URI=https://id.zhuji.gov.cn")
                .run(withClient(client -> problem(call(client, TestTokens.countyLeader()), 401)));
    }

    @Test
    void rejectsTokensSignedWithAnotherKey() {
        startIdentityServer();
        String forged = TestTokens.forSubject("county-leader").roles(Role.LEADER).jurisdiction(DemoDivisions.COUNTY)
                .signedWithUnknownKey().sign();
        run(client -> problem(call(client, forged), 401));
    }

    @Test
    void startsWhileTheIdentityServerIsDownAndAnswers503Meanwhile() {
        runner.withPropertyValues("OAUTH2_JWK_SET_URI=http://localhost:9/oauth2/jwks")
                .run(withClient(client -> problem(call(client, TestTokens.countyLeader()), 503)
                        .jsonPath("$.detail").isEqualTo("暂时无法校验访问令牌，请稍后重试")));
    }

    private void run(java.util.function.Consumer<WebTestClient> test) {
        runner.withPropertyValues("OAUTH2_JWK_SET_URI=" + jwkSetUri()).run(withClient(test));
    }

    private static ContextConsumer<AssertableReactiveWebApplicationContext> withClient(
            java.util.function.Consumer<WebTestClient> test) {
        return context -> test.accept(WebTestClient.bindToApplicationContext(context).build());
    }

    private static WebTestClient.ResponseSpec call(WebTestClient client, String token) {
        return client.get().uri("/whoami").headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }

    private void startIdentityServer() {
        identityServer = HttpServer.create().host("localhost").port(0)
                .route(routes -> routes.get("/oauth2/jwks", (request, response) -> response
                        .header("Content-Type", "application/json")
                        .sendString(Mono.just(TestTokens.jwkSetJson()))))
                .bindNow();
    }

    private String jwkSetUri() {
        return "http://localhost:" + identityServer.port() + "/oauth2/jwks";
    }

    @RestController
    static class WhoAmI {

        @GetMapping("/whoami")
        Mono<String> whoAmI(CurrentUser user) {
            return Mono.just(user.subject() + "@" + user.jurisdiction());
        }
    }
}
