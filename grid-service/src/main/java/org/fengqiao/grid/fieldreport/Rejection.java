package org.fengqiao.grid.fieldreport;

import java.util.Collection;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Why a report was not accepted. The single endpoint answers it as a problem detail with {@code status}; a batch
 * lists it for its item.
 *
 * @param reason machine-readable: {@code invalid}, {@code outside_jurisdiction}, {@code not_assigned_grid},
 *               {@code worker_inactive}, {@code unknown_grid}, {@code outside_grid_boundary}
 * @param detail what the worker reads (Chinese)
 * @param errors the fields at fault, for {@code invalid}
 */
record Rejection(String reason, HttpStatus status, String detail, List<FieldProblem> errors) {

    static Rejection invalid(List<FieldProblem> errors) {
        return new Rejection("invalid", HttpStatus.BAD_REQUEST, "上报内容校验未通过", List.copyOf(errors));
    }

    static Rejection outsideJurisdiction(String gridCode, String jurisdiction) {
        return new Rejection("outside_jurisdiction", HttpStatus.FORBIDDEN,
                "网格 " + gridCode + " 不在您的管辖范围（" + jurisdiction + "）内，不能在此网格上报", List.of());
    }

    static Rejection notAssignedGrid(String gridCode, Collection<String> assigned) {
        return new Rejection("not_assigned_grid", HttpStatus.FORBIDDEN, "网格 " + gridCode + " 不是分配给您的网格（"
                + String.join("、", assigned.stream().sorted().toList()) + "），不能在此网格上报", List.of());
    }

    static Rejection workerInactive() {
        return new Rejection("worker_inactive", HttpStatus.FORBIDDEN, "您的网格员登记已停用，不能上报，请联系乡镇", List.of());
    }

    static Rejection unknownGrid(String gridCode) {
        return new Rejection("unknown_grid", HttpStatus.UNPROCESSABLE_CONTENT, "网格 " + gridCode + " 不存在", List.of());
    }

    static Rejection outsideBoundary(String gridCode, String gridName) {
        return new Rejection("outside_grid_boundary", HttpStatus.UNPROCESSABLE_CONTENT,
                "上报位置不在网格 " + gridCode + "（" + gridName + "）的边界内，请核对位置或选择正确的网格", List.of());
    }
}
