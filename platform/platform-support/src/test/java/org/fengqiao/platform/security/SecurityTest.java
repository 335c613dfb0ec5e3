package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.platform.testapp.ProbeApplicationTestBase;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SecurityTest extends ProbeApplicationTestBase {

    @Test
    void noTokenIs401ProblemWithBearerChallenge() {
        problem(client.get().uri("/probe/me").exchange(), 401)
                .jsonPath("$.title").isEqualTo("未认证");
        client.get().uri("/probe/me").exchange()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        String forged = TestTokens.forSubject("county-dispatcher").roles(Role.DISPATCHER)
                .jurisdiction(DemoDivisions.COUNTY).signedWithUnknownKey().sign();
        problem(get("/probe/me", forged), 401).jsonPath("$.detail").isEqualTo("访问令牌无效或已过期");
        get("/probe/me", forged).expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = TestTokens.forSubject("county-dispatcher").roles(Role.DISPATCHER)
                .jurisdiction(DemoDivisions.COUNTY).expired().sign();
        problem(get("/probe/me", expired), 401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        String foreign = TestTokens.forSubject("county-dispatcher").roles(Role.DISPATCHER)
                .jurisdiction(DemoDivisions.COUNTY).issuer("http://evil.example").sign();
        problem(get("/probe/me", foreign), 401);
    }

    @Test
    void aValidTokenResolvesTheCurrentUser() {
        get("/probe/me", TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isOk().expectBody()
                .jsonPath("$.subject").isEqualTo("handler-fengqiao")
                .jsonPath("$.name").isEqualTo("枫桥镇信访办")
                .jsonPath("$.roles[0]").isEqualTo("HANDLER")
                .jsonPath("$.jurisdiction").isEqualTo("330681101");
    }

    @Test
    void theCurrentUserIsAvailableReactively() {
        get("/probe/me/reactive", TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)).expectStatus().isOk().expectBody()
                .jsonPath("$.subject").isEqualTo("gridworker-fengyuan")
                .jsonPath("$.name").isEqualTo("枫源村网格员")
                .jsonPath("$.roles[0]").isEqualTo("GRID_WORKER")
                .jsonPath("$.jurisdiction").isEqualTo("330681101201");
    }

    @Test
    void theRightRolePasses() {
        get("/probe/dispatch", TestTokens.countyDispatcher()).expectStatus().isOk()
                .expectBody(String.class).isEqualTo("dispatched");
    }

    @Test
    void theWrongRoleIs403Problem() {
        problem(get("/probe/dispatch", TestTokens.handlerOf(DemoDivisions.ZHAOJIA)), 403)
                .jsonPath("$.title").isEqualTo("无权访问")
                .jsonPath("$.detail").isEqualTo("没有执行此操作的权限");
    }

    @Test
    void scopesBecomeAuthorities() {
        get("/probe/work-orders", TestTokens.hotline()).expectStatus().isOk();
        problem(get("/probe/work-orders", TestTokens.countyLeader()), 403);
    }

    @Test
    void aTokenWithoutJurisdictionIs403() {
        String token = TestTokens.forSubject("someone").roles(Role.DISPATCHER).withoutJurisdiction().sign();
        problem(get("/probe/me", token), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "33068", "abc123", "3306811012010" })
    void aTokenWithAMalformedJurisdictionIs403(String code) {
        String token = TestTokens.forSubject("someone").roles(Role.DISPATCHER).jurisdiction(code).sign();
        problem(get("/probe/me", token), 403);
    }

    @Test
    void unknownRolesAreIgnored() {
        String token = TestTokens.forSubject("someone").rawRoles("handler", "emperor")
                .jurisdiction(DemoDivisions.FENGQIAO).sign();
        get("/probe/me", token).expectStatus().isOk().expectBody()
                .jsonPath("$.roles.length()").isEqualTo(1)
                .jsonPath("$.roles[0]").isEqualTo("HANDLER");
    }

    @Test
    void probesMetricsAndApiDocsAreOpen() {
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }

    @Test
    void otherActuatorEndpointsAreNeitherOpenNorExposed() {
        problem(client.get().uri("/actuator/env").exchange(), 401);
        problem(get("/actuator/env", TestTokens.countyAdmin()), 404);
    }

    private WebTestClient.ResponseSpec get(String uri, String token) {
        return client.get().uri(uri).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.detail").exists();
    }
}
