package org.fengqiao.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.fengqiao.platform.testapp.ProbeApplicationTestBase;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest extends ProbeApplicationTestBase {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired
    private ApplicationContext context;

    @Test
    void aRequestIdIsGeneratedWhenAbsent() {
        client.get().uri("/actuator/health").exchange()
                .expectHeader().value(RequestIdWebFilter.HEADER,
                        id -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void theCallersRequestIdIsEchoed() {
        client.get().uri("/actuator/health").header(RequestIdWebFilter.HEADER, "gw-7f3a.1").exchange()
                .expectHeader().valueEquals(RequestIdWebFilter.HEADER, "gw-7f3a.1");
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        client.get().uri("/actuator/health").header(RequestIdWebFilter.HEADER, "evil\" injected=\"1").exchange()
                .expectHeader().value(RequestIdWebFilter.HEADER, id -> assertThat(id).doesNotContain("evil").hasSize(36));
    }

    @Test
    void logLinesAreJsonWithTheIncomingTraceIdAndTheRequestId(CapturedOutput output) {
        client.get().uri("/probe/log")
                .headers(headers -> headers.setBearerAuth(TestTokens.countyDispatcher()))
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .header(RequestIdWebFilter.HEADER, "obs-1")
                .exchange()
                .expectStatus().isOk();

        Map<String, Object> line = output.getOut().lines()
                .filter(text -> text.contains("probe log line"))
                .map(ObservabilityTest::json)
                .findFirst().orElseThrow();
        assertThat(line).containsEntry("traceId", TRACE_ID).containsEntry("requestId", "obs-1")
                .containsKey("spanId").containsKey("@timestamp");
        assertThat(line.get("process").toString()).contains("boundedElastic");
    }

    @Test
    void metricsCarryTheApplicationTag() {
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("jvm_threads_live_threads{application=\"probe-service\"}"));
    }

    @Test
    void nothingIsExportedAnywhere() {
        assertThat(context.getBeanNamesForType(SpanExporter.class)).isEmpty();
        for (String exporter : List.of("io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter",
                "io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter", "io.micrometer.registry.otlp.OtlpMeterRegistry",
                "zipkin2.reporter.Sender")) {
            assertThat(ClassUtils.isPresent(exporter, null)).as(exporter).isFalse();
        }
    }

    private static Map<String, Object> json(String line) {
        return JsonMapper.builder().build().readValue(line, new TypeReference<Map<String, Object>>() {
        });
    }
}
