package org.fengqiao.grid.worker;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a township or the county sends to register (with {@code subject}) or change (subject in the path) a worker.
 *
 * @param subject   the worker's identity subject (the {@code sub} of their token), for registration only
 * @param name      display name
 * @param phone     mobile (11 digits starting with 1) or landline (0xxx-xxxxxxx)
 * @param gridCodes the grids assigned, all of one village
 * @param active    whether the worker currently works; defaults to true
 */
record GridWorkerRequest(
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "身份标识只能包含字母、数字和 ._@-") String subject,
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "电话应为 11 位手机号或带区号的固定电话")
        String phone,
        @NotEmpty @Size(max = 20)
        List<@NotNull @Pattern(regexp = "\\d{14}", message = "网格代码应为 14 位数字") String> gridCodes,
        Boolean active) {

    boolean isActive() {
        return active == null || active;
    }
}
