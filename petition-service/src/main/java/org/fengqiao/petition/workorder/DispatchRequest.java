package org.fengqiao.petition.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 派单 / 改派: the unit to send the order to, a township or a department, with the dispatcher's instructions. */
record DispatchRequest(
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}", message = "应为县（6位）或乡镇（9位）区划代码")
        String jurisdiction,
        @Pattern(regexp = "[a-z][a-z0-9_-]{1,31}", message = "部门代码应为小写字母开头的 2-32 位字母、数字、下划线或连字符")
        String department,
        @Size(max = 500) String note) {
}
