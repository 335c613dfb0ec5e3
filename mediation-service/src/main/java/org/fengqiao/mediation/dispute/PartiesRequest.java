package org.fengqiao.mediation.dispute;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 当事人分类: the whole list of parties with their roles, replacing what the dispute had. */
record PartiesRequest(
        @NotNull @Size(min = 2, max = 50, message = "至少需要两方当事人")
        List<OpenDisputeRequest.@Valid @NotNull PartyRequest> parties) {
}
