package org.fengqiao.grid.fieldreport;

import java.net.URI;
import java.util.List;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/field-reports/{id}/photos")
class FieldReportPhotoController {

    private final Photos photos;

    FieldReportPhotoController(Photos photos) {
        this.photos = photos;
    }

    /**
     * Multipart upload (part {@code file}) by the reporting worker: 201, or 200 when these exact bytes were stored
     * before; 413 over the size limit, 415 for a type outside the whitelist or bytes that are not that type.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('GRID_WORKER')")
    Mono<ResponseEntity<PhotoResponse>> upload(@PathVariable String id, @RequestPart("file") FilePart file,
                                               CurrentUser user) {
        return photos.upload(id, file, user).map(stored -> {
            PhotoResponse body = PhotoResponse.of(stored.photo());
            return stored.created() ? ResponseEntity.created(URI.create(body.href())).body(body)
                    : ResponseEntity.status(HttpStatus.OK).body(body);
        });
    }

    @GetMapping
    @PreAuthorize(FieldReportController.READERS)
    Mono<List<PhotoResponse>> list(@PathVariable String id, CurrentUser user) {
        return photos.list(id, user).map(PhotoResponse::of).collectList();
    }

    @GetMapping("/{sha256}")
    @PreAuthorize(FieldReportController.READERS)
    Mono<ResponseEntity<byte[]>> content(@PathVariable String id, @PathVariable String sha256, CurrentUser user) {
        return photos.find(id, sha256, user).map(photo -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .eTag("\"" + photo.sha256() + "\"")
                .body(photo.data()));
    }
}
