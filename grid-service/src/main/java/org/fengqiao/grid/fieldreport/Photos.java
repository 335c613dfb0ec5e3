package org.fengqiao.grid.fieldreport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Photos of field reports: a type whitelist checked on the declared type and on the bytes (415), a size limit
 * enforced while reading (413), a SHA-256 content hash as identity.
 */
@Service
class Photos {

    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private final FieldReportQueries queries;
    private final ReactiveMongoTemplate mongo;
    private final PhotoProperties properties;
    private final Clock clock;

    Photos(FieldReportQueries queries, ReactiveMongoTemplate mongo, PhotoProperties properties, Clock clock) {
        this.queries = queries;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores a photo of the caller's own report; the same bytes again answer the stored photo ({@code false}). */
    Mono<Stored> upload(String reportId, FilePart file, CurrentUser user) {
        MediaType declared = file.headers().getContentType();
        String type = declared == null ? null : declared.getType() + "/" + declared.getSubtype();
        if (type == null || !properties.types().contains(type)) {
            return Mono.error(unsupported());
        }
        return queries.find(reportId, user)
                .flatMap(report -> report.reporter().equals(user.subject()) ? Mono.just(report)
                        : Mono.error(new ForbiddenException("只有上报人可以为该事件添加照片")))
                .flatMap(report -> read(file))
                .flatMap(bytes -> {
                    if (!matches(type, bytes)) {
                        return Mono.error(unsupported());
                    }
                    String sha256 = sha256(bytes);
                    FieldReportPhoto photo = new FieldReportPhoto(FieldReportPhoto.idFor(reportId, sha256), reportId,
                            sha256, type, bytes.length, bytes, user.subject(), clock.instant());
                    return mongo.findById(photo.id(), FieldReportPhoto.class)
                            .map(existing -> new Stored(existing, false))
                            .switchIfEmpty(Mono.defer(() -> insert(photo)));
                });
    }

    Flux<FieldReportPhoto> list(String reportId, CurrentUser user) {
        Query photos = Query.query(Criteria.where("reportId").is(reportId)).with(Sort.by("uploadedAt"));
        photos.fields().exclude("data");
        return queries.find(reportId, user).flatMapMany(report -> mongo.find(photos, FieldReportPhoto.class));
    }

    Mono<FieldReportPhoto> find(String reportId, String sha256, CurrentUser user) {
        return queries.find(reportId, user)
                .flatMap(report -> mongo.findById(FieldReportPhoto.idFor(reportId, sha256), FieldReportPhoto.class))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("照片不存在: " + sha256)));
    }

    private Mono<Stored> insert(FieldReportPhoto photo) {
        return mongo.count(Query.query(Criteria.where("reportId").is(photo.reportId())), FieldReportPhoto.class)
                .flatMap(count -> count >= properties.perReport()
                        ? Mono.error(new ConflictException("每条上报最多 " + properties.perReport() + " 张照片"))
                        : mongo.insert(photo).map(saved -> new Stored(saved, true)))
                .onErrorResume(DuplicateKeyException.class, race -> mongo.findById(photo.id(), FieldReportPhoto.class)
                        .map(existing -> new Stored(existing, false)));
    }

    private Mono<byte[]> read(FilePart file) {
        long limit = properties.maxSize().toBytes();
        return DataBufferUtils.join(file.content(), (int) Math.min(Integer.MAX_VALUE, limit))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .onErrorMap(DataBufferLimitException.class, tooLarge -> new PhotoRejectedException(
                        HttpStatus.CONTENT_TOO_LARGE, "照片超过 " + properties.maxSize().toMegabytes() + "MB 的上限"))
                .switchIfEmpty(Mono.error(() -> new PhotoRejectedException(HttpStatus.BAD_REQUEST, "照片内容为空")));
    }

    private PhotoRejectedException unsupported() {
        return new PhotoRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "只接受以下类型的照片: " + String.join("、", properties.types()));
    }

    private static boolean matches(String type, byte[] bytes) {
        return switch (type) {
            case "image/jpeg" -> startsWith(bytes, JPEG);
            case "image/png" -> startsWith(bytes, PNG);
            case "image/webp" -> bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes())
                    && Arrays.equals(bytes, 8, 12, "WEBP".getBytes(), 0, 4);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Stored(FieldReportPhoto photo, boolean created) {
    }
}
