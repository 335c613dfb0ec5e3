package org.fengqiao.mediation.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 分流: the channel and why. */
record DivertRequest(@NotNull DiversionChannel channel, @NotBlank @Size(max = 1000) String reason) {
}
