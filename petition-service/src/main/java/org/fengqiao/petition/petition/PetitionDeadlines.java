package org.fengqiao.petition.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.calendar.ClockStop;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/** The petition time limits, in calendar days through the shared {@link DeadlinePolicy}. */
@Component
class PetitionDeadlines {

    private final DeadlinePolicy policy;
    private final PetitionProperties properties;

    PetitionDeadlines(DeadlinePolicy policy, PetitionProperties properties) {
        this.policy = policy;
        this.properties = properties;
    }

    Instant acceptDueAt(Instant registeredAt) {
        return policy.dueAt(registeredAt, TimeLimit.calendarDays(properties.acceptDays()));
    }

    /** The reply deadline: 60 days from acceptance plus an approved extension, pushed by clock stops; empty while stopped. */
    Optional<Instant> replyDueAt(Instant acceptedAt, int extensionDays, List<ClockStop> stops) {
        return policy.dueAt(acceptedAt, TimeLimit.calendarDays(properties.replyDays() + extensionDays), stops);
    }

    Instant reviewRequestDueAt(Instant decidedAt) {
        return policy.dueAt(decidedAt, TimeLimit.calendarDays(properties.reviewRequestDays()));
    }

    Instant reviewDecisionDueAt(Instant requestedAt) {
        return policy.dueAt(requestedAt, TimeLimit.calendarDays(properties.reviewDecisionDays()));
    }

    int maxExtensionDays() {
        return properties.maxExtensionDays();
    }

    List<Integer> approachingWorkingDays() {
        return properties.approachingWorkingDays();
    }

    /** The end of a response date (督办回复), Asia/Shanghai. */
    static Instant endOf(LocalDate date) {
        return WorkCalendar.endOf(date);
    }

    /** When "n working days left" begins: the end of the n-th working day before the due day. */
    Instant approachingAt(Instant dueAt, int workingDays) {
        WorkCalendar calendar = policy.calendar();
        LocalDate day = WorkCalendar.dateOf(dueAt);
        for (int counted = 0; counted < workingDays; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return WorkCalendar.endOf(day);
    }
}
