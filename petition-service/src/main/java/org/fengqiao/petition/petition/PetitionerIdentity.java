package org.fengqiao.petition.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.petition.audit.PersonalDataAudit;
import org.fengqiao.petition.petitioner.PetitionerProtection;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The audited reveal of a petitioner's full ID-card number and phone: only county supervisors, leaders and
 * administrators over the petition's place, only with a reason, and only after the read is recorded.
 */
@Service
class PetitionerIdentity {

    static final int MAX_REASON = 500;

    private final PetitionReading reading;
    private final PetitionerProtection protection;
    private final PersonalDataAudit audit;
    private final Clock clock;

    PetitionerIdentity(PetitionReading reading, PetitionerProtection protection, PersonalDataAudit audit,
                       Clock clock) {
        this.reading = reading;
        this.protection = protection;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<IdentityView> reveal(String id, int index, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidPetitionInput("查看完整身份信息须说明理由：请加参数 reason（如 reason=复查核实身份）");
        }
        String why = reason.trim();
        if (why.length() > MAX_REASON) {
            throw new InvalidPetitionInput("reason 不能超过 " + MAX_REASON + " 字");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return reading.find(id, user).flatMap(petition -> {
            if (user.jurisdiction().tier() != Jurisdiction.Tier.COUNTY || !PetitionAccess.manages(petition, user)) {
                return Mono.error(new ForbiddenException("只有事发地所属县的督查、领导或管理员可以查看完整身份信息"));
            }
            if (index < 0 || index >= petition.petitioners().size()) {
                return Mono.error(new NotFoundException("信访事项 " + petition.number() + " 没有第 " + index + " 位信访人"));
            }
            StoredPetitioner petitioner = petition.petitioners().get(index);
            List<String> fields = new ArrayList<>();
            if (petitioner.idCipherText() != null) {
                fields.add("idNumber");
            }
            if (petitioner.phone() != null) {
                fields.add("phone");
            }
            return audit.recordRead(user, petition.id(), petition.number(), petition.jurisdiction(), index, fields,
                    why, now).map(read -> new IdentityView(petition.id(), petition.number(), index, petitioner.name(),
                    petitioner.idCipherText() == null ? null : protection.reveal(petitioner.idCipherText()),
                    petitioner.phone(), petitioner.address(), read.id(), read.at()));
        });
    }

    /** A petitioner's full identity, with the id of the audit record this read wrote. */
    record IdentityView(String petitionId, String number, int index, String name, String idNumber, String phone,
                        String address, String auditId, Instant readAt) {
    }
}
