package org.fengqiao.petition.workorder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 延期申请: how many working days more and why. */
record ExtensionRequest(@NotNull @Min(1) @Max(30) Integer workingDays, @NotBlank @Size(max = 500) String reason) {
}
