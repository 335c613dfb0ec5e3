package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.fengqiao.grid.GridIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import tools.jackson.databind.JsonNode;

@GridIT
class FieldReportPhotoIT {

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    @Autowired
    WebTestClient web;

    private final String worker = TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN);
    private String reportId;

    @BeforeEach
    void fileAReport() {
        String json = """
                {"clientReportId":"photo-%s","type":"infrastructure","title":"桥栏杆断裂","description":"村口小桥栏杆断了一段。",
                 "gridCode":"%s","occurredAt":"%s","urgency":"normal"}""".formatted(UUID.randomUUID(),
                DemoDivisions.FENGYUAN_GRID_1, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        reportId = web.post().uri("/api/field-reports").headers(h -> h.setBearerAuth(worker))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    @Test
    void aPhotoIsStoredOnceByItsContentHashAndReadBack() throws Exception {
        byte[] png = image(PNG_SIGNATURE, 3000);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

        upload(worker, "railing.png", MediaType.IMAGE_PNG, png).expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/field-reports/" + reportId + "/photos/" + sha256)
                .expectBody().jsonPath("$.sha256").isEqualTo(sha256).jsonPath("$.size").isEqualTo(png.length);
        upload(worker, "railing-again.png", MediaType.IMAGE_PNG, png).expectStatus().isOk()
                .expectBody().jsonPath("$.sha256").isEqualTo(sha256);

        web.get().uri("/api/field-reports/{id}/photos", reportId).headers(h -> h.setBearerAuth(worker)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        byte[] read = web.get().uri("/api/field-reports/{id}/photos/{sha}", reportId, sha256)
                .headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO))).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(read).isEqualTo(png);
    }

    @Test
    void aWrongTypeIs415AndTooLargeIs413() {
        upload(worker, "notes.txt", MediaType.TEXT_PLAIN, "不是照片".getBytes())
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("image/jpeg"));
        upload(worker, "fake.png", MediaType.IMAGE_PNG, "<html>not a png</html>".getBytes())
                .expectStatus().isEqualTo(415);
        upload(worker, "huge.jpg", MediaType.IMAGE_JPEG,
                image(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, 5 * 1024 * 1024 + 1))
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("5MB"));

        web.get().uri("/api/field-reports/{id}/photos", reportId).headers(h -> h.setBearerAuth(worker)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void onlyTheReporterAddsPhotosAndOtherVillagesDoNotSeeThem() {
        byte[] png = image(PNG_SIGNATURE, 100);

        upload(TestTokens.gridWorkerOf(DemoDivisions.CHENJIA), "x.png", MediaType.IMAGE_PNG, png)
                .expectStatus().isNotFound();
        upload(TestTokens.handlerOf(DemoDivisions.FENGQIAO), "x.png", MediaType.IMAGE_PNG, png)
                .expectStatus().isForbidden();
        web.get().uri("/api/field-reports/{id}/photos", reportId)
                .headers(h -> h.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.CHENJIA))).exchange()
                .expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec upload(String token, String filename, MediaType type, byte[] bytes) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(bytes)).filename(filename).contentType(type);
        return web.post().uri("/api/field-reports/{id}/photos", reportId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private static byte[] image(byte[] signature, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
