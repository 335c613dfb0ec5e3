package org.fengqiao.mediation.dispute;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A hand-set risk grade; the reason is required and kept. */
record OverrideRiskRequest(@NotNull @Min(1) @Max(4) Integer grade, @NotBlank @Size(max = 500) String reason) {
}
