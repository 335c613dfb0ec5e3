package org.fengqiao.petition.petition;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * 登记: a petition as the first-contact unit records it. {@code headCount} defaults to the number of petitioners;
 * {@code sourceRef} is the 12345 order number for {@code hotline_transfer}.
 */
record RegisterPetitionRequest(
        @NotNull Channel channel,
        @Size(max = 40) String batchNumber,
        @Min(1) @Max(100000) Integer headCount,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull PetitionerRequest> petitioners,
        @NotBlank @Size(max = 5000) String content,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,39}", message = "应为类别代码，如 land_acquisition") String category,
        @NotNull Purpose purpose,
        @NotNull @Valid PlaceRequest place,
        @Size(max = 20) List<@Valid @NotNull AttachmentRequest> attachments,
        @Size(max = 64) String sourceRef) {

    /**
     * A petitioner: name, ID-card number (checksum-validated), phone, address, whether a representative (代表; left
     * out: not one).
     */
    record PetitionerRequest(
            @NotBlank @Size(max = 50) String name,
            @NotBlank String idNumber,
            @Pattern(regexp = "\\+?[0-9][0-9-]{6,19}", message = "电话号码格式不正确") String phone,
            @Size(max = 200) String address,
            Boolean representative) {

        boolean isRepresentative() {
            return Boolean.TRUE.equals(representative);
        }
    }

    /** Where the matter is: a county, township or village code inside the registering unit's jurisdiction. */
    record PlaceRequest(
            @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "应为县（6位）、乡镇（9位）或村（12位）区划代码")
            String jurisdiction,
            @NotBlank @Size(max = 200) String address,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    /** A document handed in: its metadata only. */
    record AttachmentRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String contentType,
            @NotNull @PositiveOrZero Long size,
            @Size(max = 500) String reference) {
    }
}
