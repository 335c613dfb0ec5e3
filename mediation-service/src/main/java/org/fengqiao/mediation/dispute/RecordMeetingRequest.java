package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 三级例会纪要 as recorded after the meeting.
 *
 * @param jurisdiction the unit that met (6, 9 or 12 digits); the caller's own when absent
 */
record RecordMeetingRequest(
        @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "应为 6、9 或 12 位区划代码") String jurisdiction,
        @NotNull Instant heldAt,
        @NotBlank @Size(max = 50) String chair,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 50) String> attendees,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Item> items,
        @NotBlank @Size(max = 20000) String minutes) {

    record Item(
            @NotBlank @Size(max = 24) String disputeId,
            @NotBlank @Size(max = 4000) String analysis,
            @NotBlank @Size(max = 4000) String decision) {
    }
}
