package org.fengqiao.petition.workorder;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 延期审批 / 审核: approve or not, with a note (required when a reply is sent back). */
record DecisionRequest(@NotNull Boolean approved, @Size(max = 500) String note) {
}
