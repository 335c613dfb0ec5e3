package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 安排调解: when, where, which kind, who mediates. */
record ScheduleSessionRequest(
        @NotNull SessionKind kind,
        @NotNull Instant scheduledAt,
        @NotBlank @Size(max = 200) String place,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> mediators) {
}
