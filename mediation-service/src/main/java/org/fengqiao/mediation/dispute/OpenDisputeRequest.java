package org.fengqiao.mediation.dispute;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A dispute registered at the counter or by phone.
 *
 * @param reference an idempotency key of the caller's own (e.g. the hotline's order number); a repeated request
 *                  with the same source and reference answers the dispute already opened
 * @param villagerGroup the 村民小组 (e.g. {@code 3组}) of a village's dispute: its party branch mediates first
 */
record OpenDisputeRequest(
        @NotNull DisputeSource source,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "只能包含字母、数字、下划线和连字符")
        String reference,
        @NotNull DisputeType type,
        @NotBlank @Size(max = 200) String summary,
        @Size(max = 4000) String description,
        @NotNull @Size(min = 2, max = 50, message = "至少需要两方当事人") List<@Valid @NotNull PartyRequest> parties,
        @NotNull @Min(value = 2, message = "涉及人数至少为 2") @Max(100000) Integer peopleInvolved,
        @PositiveOrZero @Max(100_000_000_000L) Long amount,
        @NotBlank @Size(max = 200) String address,
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}|\\d{14}", message = "应为 6、9、12 或 14 位区划代码")
        String jurisdiction,
        Boolean massIncidentRisk,
        @Size(min = 1, max = 20) String villagerGroup) {

    /** A walk-in or a call; screening returns, grid reports and diversions arrive by their own routes. */
    static final List<DisputeSource> ACCEPTED_SOURCES = List.of(DisputeSource.walk_in, DisputeSource.hotline);

    record PartyRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull PartyRole role,
            @Pattern(regexp = "(1[3-9]\\d{9})|(0\\d{2,3}-?\\d{7,8})", message = "不是有效的手机或固定电话号码")
            String phone) {
    }
}
