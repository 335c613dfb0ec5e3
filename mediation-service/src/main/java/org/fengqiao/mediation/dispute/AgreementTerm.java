package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One term of a mediation agreement: what a party has to do by when, and whether it was done or breached.
 *
 * @param no               number within the agreement, from 1
 * @param description      what is to be done
 * @param responsibleParty who has to do it
 * @param dueDate          the last day, in Asia/Shanghai
 * @param performedOn      the day it was done, or {@code null}
 * @param remindedAt       when the overdue reminder went out, or {@code null}
 * @param breachedOn       the day it was found not performed (不履行), or {@code null}
 * @param breach           what was found, or {@code null}
 */
record AgreementTerm(int no, String description, String responsibleParty, LocalDate dueDate, LocalDate performedOn,
                     Instant remindedAt, LocalDate breachedOn, String breach) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static AgreementTerm of(int no, String description, String responsibleParty, LocalDate dueDate) {
        return new AgreementTerm(no, description, responsibleParty, dueDate, null, null, null, null);
    }

    /** The first instant after the due date: from then on an unperformed term is overdue. */
    Instant overdueFrom() {
        return dueDate.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    boolean awaitsReminder() {
        return performedOn == null && remindedAt == null && breachedOn == null;
    }

    AgreementTerm performed(LocalDate on) {
        return new AgreementTerm(no, description, responsibleParty, dueDate, on, remindedAt, breachedOn, breach);
    }

    AgreementTerm reminded(Instant at) {
        return new AgreementTerm(no, description, responsibleParty, dueDate, performedOn, at, breachedOn, breach);
    }

    AgreementTerm breached(LocalDate on, String what) {
        return new AgreementTerm(no, description, responsibleParty, dueDate, performedOn, remindedAt, on, what);
    }
}
