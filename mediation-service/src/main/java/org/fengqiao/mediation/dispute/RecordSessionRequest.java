package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 调解记录: what happened at a scheduled session. An {@code agreement} outcome may carry the written agreement's
 * terms; a {@code failed} outcome's summary is the reason the dispute escalates with.
 */
record RecordSessionRequest(
        @NotNull Instant heldAt,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 50) String> attendees,
        @NotBlank @Size(max = 20000) String minutes,
        @NotNull SessionOutcome outcome,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 20) List<@Valid @NotNull Term> terms) {

    record Term(
            @NotBlank @Size(max = 500) String description,
            @NotBlank @Size(max = 50) String responsibleParty,
            @NotNull LocalDate dueDate) {
    }

    List<NewTerm> newTerms() {
        return terms == null ? List.of()
                : terms.stream().map(term -> new NewTerm(term.description(), term.responsibleParty(), term.dueDate()))
                        .toList();
    }
}
