package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.fengqiao.platform.testapp.ProbeApplicationTestBase;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest extends ProbeApplicationTestBase {

    private static final String VALID_CASE = """
            {"title": "宅基地纠纷", "category": "LAND", "petitioners": 2, "jurisdiction": "330681101201"}""";

    @Autowired
    private ApplicationContext context;

    @Test
    void thePlatformHandlersReplaceBootsDefaults() {
        assertThat(context.getBeansOfType(ResponseEntityExceptionHandler.class).values())
                .singleElement().isInstanceOf(ProblemDetailsControllerAdvice.class);
        assertThat(context.getBeansOfType(ErrorWebExceptionHandler.class).values())
                .singleElement().isInstanceOf(ProblemDetailsErrorHandler.class);
    }

    @Test
    void aValidRequestPasses() {
        post(VALID_CASE).expectStatus().isCreated()
                .expectBody().jsonPath("$.jurisdiction").isEqualTo("330681101201");
    }

    @Test
    void malformedJsonIs400() {
        problem(post("{\"title\": \"宅基地纠纷\", "), 400)
                .jsonPath("$.title").isEqualTo("请求无效")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith("请求体不是合法的 JSON"));
    }

    @Test
    void missingFieldsAreListedWithChineseMessages() {
        problem(post("{\"category\": \"LAND\"}"), 400)
                .jsonPath("$.detail").isEqualTo("请求参数校验未通过")
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("petitioners")
                .jsonPath("$.errors[0].message").isEqualTo("不能为null")
                .jsonPath("$.errors[1].field").isEqualTo("title")
                .jsonPath("$.errors[1].message").isEqualTo("不能为空");
    }

    @Test
    void constraintViolationsNameTheField() {
        problem(post("""
                {"title": "一个超过二十个字的标题一个超过二十个字的标题", "category": "LAND", "petitioners": 0}"""), 400)
                .jsonPath("$.errors[0].field").isEqualTo("petitioners")
                .jsonPath("$.errors[0].message").isEqualTo("最小不能小于1")
                .jsonPath("$.errors[1].field").isEqualTo("title");
    }

    @Test
    void aWrongTypeNamesTheField() {
        problem(post("{\"title\": \"宅基地纠纷\", \"category\": \"LAND\", \"petitioners\": \"two\"}"), 400)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .contains("'petitioners'").contains("应为数字"))
                .jsonPath("$.errors[0].field").isEqualTo("petitioners");
    }

    @Test
    void aMongoOperatorWhereAStringIsExpectedIs400() {
        problem(post("{\"title\": {\"$gt\": \"\"}, \"category\": \"LAND\", \"petitioners\": 1}"), 400)
                .jsonPath("$.detail").isEqualTo("字段 'title' 类型不正确，应为字符串")
                .jsonPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        problem(post("{\"title\": \"宅基地纠纷\", \"category\": \"WEATHER\", \"petitioners\": 1}"), 400)
                .jsonPath("$.detail").isEqualTo("字段 'category' 值 'WEATHER' 无效，可选值：LAND、LABOUR、NEIGHBOUR");
    }

    @Test
    void aMalformedJurisdictionInTheBodyIs400() {
        problem(post("{\"title\": \"宅基地纠纷\", \"category\": \"LAND\", \"petitioners\": 1, \"jurisdiction\": \"33x\"}"), 400)
                .jsonPath("$.errors[0].field").isEqualTo("jurisdiction")
                .jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message).contains("'33x'"));
    }

    @Test
    void aMalformedJurisdictionInThePathIs400() {
        problem(get("/probe/divisions/33068"), 400)
                .jsonPath("$.errors[0].field").isEqualTo("code")
                .jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message).contains("'33068'"));
        get("/probe/divisions/330681101").expectStatus().isOk().expectBody()
                .jsonPath("$.tier").isEqualTo("TOWNSHIP");
    }

    @Test
    void aConstrainedQueryParameterIs400() {
        problem(get("/probe/pages?page=0"), 400)
                .jsonPath("$.errors[0].field").isEqualTo("page");
        problem(get("/probe/pages"), 400)
                .jsonPath("$.detail").isEqualTo("缺少必需的请求参数 'page'");
    }

    @Test
    void anOversizedBodyIs413() {
        String huge = "{\"title\": \"" + "枫".repeat(400_000) + "\", \"category\": \"LAND\", \"petitioners\": 1}";
        problem(post(huge), 413)
                .jsonPath("$.title").isEqualTo("请求体过大")
                .jsonPath("$.detail").isEqualTo("请求体超过 1MB 的上限");
    }

    @Test
    void notFoundExceptionIs404WithItsMessage() {
        problem(get("/probe/cases/XF-1"), 404)
                .jsonPath("$.title").isEqualTo("资源不存在")
                .jsonPath("$.detail").isEqualTo("信访件 XF-1 不存在")
                .jsonPath("$.instance").isEqualTo("/probe/cases/XF-1");
    }

    @Test
    void anUnknownRouteIs404() {
        problem(get("/no/such/route"), 404).jsonPath("$.detail").isEqualTo("找不到请求的资源");
    }

    @Test
    void conflictsAre409() {
        problem(exchange(HttpMethod.POST, "/probe/cases/XF-1/close"), 409)
                .jsonPath("$.detail").isEqualTo("信访件已办结，不能重复办结");
        problem(get("/probe/stale"), 409).jsonPath("$.detail").isEqualTo("记录已被他人修改，请刷新后重试");
        problem(get("/probe/duplicate"), 409).jsonPath("$.detail").isEqualTo("相同的记录已存在");
    }

    @Test
    void forbiddenExceptionIs403() {
        problem(get("/probe/foreign"), 403).jsonPath("$.detail").isEqualTo("不能查看其他乡镇的信访件");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        problem(exchange(HttpMethod.DELETE, "/probe/cases"), 405)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("DELETE"));
        exchange(HttpMethod.DELETE, "/probe/cases").expectHeader().value(HttpHeaders.ALLOW,
                allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void wrongContentTypeIs415() {
        problem(client.post().uri("/probe/cases").headers(this::authorised).contentType(MediaType.TEXT_PLAIN)
                .bodyValue("hello").exchange(), 415);
    }

    @Test
    void unacceptableResponseTypeIs406() {
        problem(client.get().uri("/probe/me").headers(this::authorised).accept(MediaType.APPLICATION_XML).exchange(),
                406);
    }

    @Test
    void unexpectedErrorsAre500WithoutInternals(CapturedOutput output) {
        String body = text(problem(get("/probe/boom"), 500)
                .jsonPath("$.title").isEqualTo("服务器内部错误")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("请稍后重试")));
        assertThat(body).doesNotContain("s3cret").doesNotContain("IllegalStateException").doesNotContain("at org.");
        // ... while the server log has the whole story.
        assertThat(output.getOut()).contains("s3cret").contains("java.lang.IllegalStateException")
                .contains("at org.fengqiao.platform.testapp.ProbeController.boom");
    }

    @Test
    void errorsBeforeTheControllerAreProblemsToo() {
        assertThat(text(problem(get("/probe/filter-failure"), 500))).doesNotContain("hunter2");
    }

    @Test
    void problemsCarryTheRequestId() {
        client.get().uri("/probe/cases/XF-9").headers(this::authorised).header("X-Request-Id", "req-42").exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("X-Request-Id", "req-42")
                .expectBody().jsonPath("$.requestId").isEqualTo("req-42");
    }

    private WebTestClient.ResponseSpec post(String json) {
        return client.post().uri("/probe/cases").headers(this::authorised).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return exchange(HttpMethod.GET, uri);
    }

    private WebTestClient.ResponseSpec exchange(HttpMethod method, String uri) {
        return client.method(method).uri(uri).headers(this::authorised).exchange();
    }

    private void authorised(HttpHeaders headers) {
        headers.setBearerAuth(TestTokens.countyDispatcher());
    }

    static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").exists()
                .jsonPath("$.detail").exists()
                .jsonPath("$.trace").doesNotExist()
                .jsonPath("$.exception").doesNotExist();
    }

    private static String text(WebTestClient.BodyContentSpec body) {
        return new String(body.returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
    }
}
