package org.fengqiao.mediation.screening;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 报送: either a zero report or at least one dispute found. */
record ReturnRequest(
        @NotNull Boolean zeroReport,
        @Size(max = 100) List<@Valid @NotNull Found> disputes,
        @Size(max = 2000) String notes) {

    record Found(
            @NotBlank @Size(max = 40) String type,
            @NotBlank @Size(max = 200) String summary,
            @NotNull @Min(1) @Max(100000) Integer peopleInvolved,
            @Size(max = 200) String address) {
    }

    List<Found> found() {
        return disputes == null ? List.of() : disputes;
    }
}
