package org.fengqiao.petition.petition;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the petition transitions. */
final class Requests {

    static final String UNIT_CODE = "\\d{6}(\\d{3}){0,2}(:[a-z][a-z0-9_-]{1,31})?";

    private Requests() {
    }

    /** 受理, 终结, 办结, 恢复: an optional note. */
    record Note(@Size(max = 1000) String note) {
        static final Note NONE = new Note(null);
    }

    /** 退回, 上报, 中止, 复查/复核申请: the reason. */
    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    /** 不予受理: the statutory reason, optionally worded for the notice. */
    record NotAccept(@NotNull NotAcceptedReason reason, @Size(max = 1000) String note) {
    }

    /** 转送: the competent body and why. */
    record Forward(@NotBlank @Size(max = 100) String to, @NotBlank @Size(max = 1000) String reason) {
    }

    /** 交办: the lead unit below the holder, co-handling units, instructions. */
    record Assign(
            @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "应为县（6位）、乡镇（9位）或村（12位）区划代码")
            String jurisdiction,
            @Pattern(regexp = "[a-z][a-z0-9_-]{1,31}", message = "部门代码应为小写字母开头的 2-32 位字母、数字、下划线或连字符")
            String department,
            @Size(max = 10) List<@NotNull @Pattern(regexp = UNIT_CODE, message = "应为单位代码，如 330681101 或 330681:gtj") String> coHandlingUnits,
            @Size(max = 1000) String note) {
    }

    /** 延期申请: calendar days (at most 30) and why. */
    record ExtensionRequest(@Min(1) @Max(30) int days, @NotBlank @Size(max = 1000) String reason) {
    }

    /** 延期审批, and any yes/no decision with a note. */
    record Decision(@NotNull Boolean approved, @Size(max = 1000) String note) {
    }

    /** 答复: disposition, the reply text, and for {@code explained_later} the date promised. */
    record ReplyRequest(@NotNull Disposition disposition, @NotBlank @Size(max = 5000) String reply,
                        LocalDate resolveBy) {
    }

    /** 复查 / 复核 decision. */
    record ReviewDecision(@NotNull ReviewOutcome outcome, @NotBlank @Size(max = 5000) String opinion) {
    }

    /** 督办: respond by this date, and why. */
    record Supervise(@NotNull LocalDate responseDueAt, @NotBlank @Size(max = 1000) String reason) {
    }

    /** 办理进展: what the holding unit did or found. */
    record ProgressNote(@NotBlank @Size(max = 2000) String note) {
    }

    /** 包案领导: the leader's name and unit. */
    record Owner(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 100) String unit) {
    }
}
