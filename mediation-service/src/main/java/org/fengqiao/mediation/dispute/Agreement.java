package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 调解协议: the terms agreed, their performance, and the 30-day window to apply for judicial confirmation (司法确认)
 * with its reminder.
 *
 * @param agreedAt             when it was reached
 * @param tier                 the tier that mediated it
 * @param terms                the terms, numbered from 1
 * @param judicialDeadline     the end of the application window
 * @param judicialReminderAt   when to remind if no application was recorded
 * @param judicialAppliedOn    the day the parties applied, or {@code null}
 * @param judicialRemindedAt   when the reminder went out, or {@code null}
 */
record Agreement(Instant agreedAt, Tier tier, List<AgreementTerm> terms, Instant judicialDeadline,
                 Instant judicialReminderAt, LocalDate judicialAppliedOn, Instant judicialRemindedAt) {

    static Agreement reached(Instant agreedAt, Tier tier, List<AgreementTerm> terms, AgreementPolicy policy) {
        Instant deadline = agreedAt.plus(policy.judicialConfirmationWindow());
        return new Agreement(agreedAt, tier, List.copyOf(terms), deadline,
                deadline.minus(policy.judicialReminderBefore()), null, null);
    }

    boolean awaitsJudicialReminder() {
        return judicialAppliedOn == null && judicialRemindedAt == null;
    }

    boolean performed() {
        return terms.stream().allMatch(term -> term.performedOn() != null);
    }

    Agreement withTerm(AgreementTerm term) {
        List<AgreementTerm> changed = new ArrayList<>(terms);
        changed.set(term.no() - 1, term);
        return new Agreement(agreedAt, tier, List.copyOf(changed), judicialDeadline, judicialReminderAt,
                judicialAppliedOn, judicialRemindedAt);
    }

    Agreement judicialApplied(LocalDate on) {
        return new Agreement(agreedAt, tier, terms, judicialDeadline, judicialReminderAt, on, judicialRemindedAt);
    }

    Agreement judicialReminded(Instant at) {
        return new Agreement(agreedAt, tier, terms, judicialDeadline, judicialReminderAt, judicialAppliedOn, at);
    }
}
