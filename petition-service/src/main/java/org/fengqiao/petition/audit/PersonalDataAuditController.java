package org.fengqiao.petition.audit;

import java.util.List;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The personal-data read trail, for administrators, within their jurisdiction. */
@RestController
@RequestMapping("/api/audit")
class PersonalDataAuditController {

    private final PersonalDataAudit audit;

    PersonalDataAuditController(PersonalDataAudit audit) {
        this.audit = audit;
    }

    /** Newest first; {@code petitionId} narrows to one petition, {@code size} 1-200 (default 50). */
    @GetMapping("/personal-data-reads")
    @PreAuthorize("hasRole('ADMIN')")
    Mono<List<PersonalDataRead>> reads(@RequestParam(required = false) String petitionId,
                                       @RequestParam(required = false) Integer size, CurrentUser user) {
        return audit.reads(user, petitionId, size);
    }
}
