package org.fengqiao.mediation.screening;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new campaign. The units that must file are listed explicitly: the service keeps no register of divisions.
 */
record CampaignRequest(
        @NotNull CampaignKind kind,
        @NotBlank @Size(max = 200) String topic,
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "应为 6、9 或 12 位区划代码") String jurisdiction,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull LocalDate returnsDue,
        @NotEmpty @Size(max = 500)
        List<@NotNull @Pattern(regexp = "\\d{9}|\\d{12}", message = "应为 9 或 12 位区划代码") String> units) {
}
