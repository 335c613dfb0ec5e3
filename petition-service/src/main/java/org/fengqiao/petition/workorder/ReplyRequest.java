package org.fengqiao.petition.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 回单: the handling result. */
record ReplyRequest(@NotBlank @Size(max = 4000) String reply) {
}
