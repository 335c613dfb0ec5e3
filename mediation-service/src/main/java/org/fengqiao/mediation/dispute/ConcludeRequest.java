package org.fengqiao.mediation.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The outcome of the current tier's mediation: an agreement, or a failure (which escalates below the county). */
record ConcludeRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 2000) String summary) {

    enum Outcome {
        agreement,
        failed
    }
}
