package org.fengqiao.petition.listing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import reactor.core.publisher.Flux;

/**
 * An export ready to send: how many records matched in all (the CSV itself stops at {@link Listings#EXPORT_CAP})
 * and the CSV.
 */
public record CsvDownload(long total, Flux<DataBuffer> csv) {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.of("Asia/Shanghai"));

    /** A download named {@code <prefix>-<yyyyMMdd-HHmm>.csv} (Beijing time), saying how many matched and whether it is cut. */
    public ResponseEntity<Flux<DataBuffer>> asAttachment(String filePrefix, Instant at) {
        String name = filePrefix + "-" + FILE_TIME.format(at) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Total-Count", String.valueOf(total))
                .header("X-Export-Truncated", String.valueOf(total > Listings.EXPORT_CAP))
                .body(csv);
    }
}
