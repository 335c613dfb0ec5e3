package org.fengqiao.petition.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the 12345 hotline pushes. */
record ReceiveWorkOrderRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "只能包含字母、数字、下划线和连字符")
        String orderNumber,
        @NotBlank @Size(max = 50) String callerName,
        @NotBlank @Pattern(regexp = "(1[3-9]\\d{9})|(0\\d{2,3}-?\\d{7,8})", message = "不是有效的手机或固定电话号码")
        String callerPhone,
        @NotBlank @Size(max = 4000) String content,
        @NotNull WorkOrderCategory category,
        @NotNull Urgency urgency,
        @Size(max = 200) String address) {
}
