package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.util.unit.DataSize;

/** Mappings that the running probe application cannot easily provoke. */
class ProblemDetailsMapperTest {

    private final ProblemDetailsMapper mapper = new ProblemDetailsMapper(DataSize.ofMegabytes(1));

    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/petitions"));

    @Test
    void anUnreachableIdentityServerIs503() {
        ProblemDetailsMapper.Problem problem = mapper.map(
                new AuthenticationServiceException("Couldn't retrieve remote JWK set"), exchange);

        assertThat(problem.status().value()).isEqualTo(503);
        assertThat(problem.body().getDetail()).isEqualTo("暂时无法校验访问令牌，请稍后重试");
        assertThat(problem.body().getInstance()).hasToString("/petitions");
    }

    @Test
    void anInvalidTokenKeepsTheBearerChallenge() {
        ProblemDetailsMapper.Problem problem = mapper.map(new InvalidBearerTokenException("Jwt expired"), exchange);

        assertThat(problem.status().value()).isEqualTo(401);
        assertThat(problem.body().getDetail()).isEqualTo("访问令牌无效或已过期");
        assertThat(problem.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer error=\"invalid_token\", "
                + "error_description=\"Jwt expired\", error_uri=\"https://tools.ietf.org/html/rfc6750#section-3.1\"");
    }
}
