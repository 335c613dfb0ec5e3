package org.fengqiao.grid.fieldreport;

import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One field report as the phone sends it, alone or inside an offline-sync batch.
 *
 * @param clientReportId the id the phone generated when the report was written: the idempotency key
 */
record FieldReportRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "只能包含字母、数字、下划线和连字符")
        String clientReportId,
        @NotNull FieldReportType type,
        @NotBlank @Size(min = 2, max = 100) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Pattern(regexp = "\\d{14}", message = "网格代码应为 14 位数字") String gridCode,
        @DecimalMin(value = "-90", message = "纬度应在 -90 到 90 之间")
        @DecimalMax(value = "90", message = "纬度应在 -90 到 90 之间") Double latitude,
        @DecimalMin(value = "-180", message = "经度应在 -180 到 180 之间")
        @DecimalMax(value = "180", message = "经度应在 -180 到 180 之间") Double longitude,
        @NotNull Instant occurredAt,
        @NotNull Urgency urgency,
        @PositiveOrZero @Max(100000) Integer peopleInvolved,
        Boolean handledOnSpot,
        @Size(max = 2000) String result) {

    boolean onSpot() {
        return Boolean.TRUE.equals(handledOnSpot);
    }

    int people() {
        return peopleInvolved == null ? 0 : peopleInvolved;
    }
}
