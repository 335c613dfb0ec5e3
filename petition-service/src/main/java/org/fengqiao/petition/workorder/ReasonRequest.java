package org.fengqiao.petition.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 退单 / 重办: why. */
record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
