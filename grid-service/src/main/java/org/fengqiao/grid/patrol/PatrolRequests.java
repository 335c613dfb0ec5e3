package org.fengqiao.grid.patrol;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the patrol API. */
final class PatrolRequests {

    private PatrolRequests() {
    }

    /**
     * @param gridCode       the grid patrolled
     * @param clientPatrolId optional id the phone generated: sending it again answers the patrol it started
     */
    record Start(@NotBlank @Pattern(regexp = "\\d{14}", message = "网格代码应为 14 位数字") String gridCode,
                 @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "客户端巡查编号只能包含字母、数字和 ._:-")
                 String clientPatrolId) {
    }

    record Points(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull TrackPoint> points) {
    }

    record End(@Size(max = 2000) String notes, @Size(max = 200) List<@Valid @NotNull Visit> visits) {
    }
}
