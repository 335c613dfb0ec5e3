package org.fengqiao.notification.sms;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** 免打扰时段: when a non-urgent SMS to a citizen may go out. */
record QuietHours(SmsProperties.QuietHoursSettings settings) {

    /** {@code now} outside quiet hours, otherwise the end of the quiet period {@code now} lies in. */
    Instant earliestSend(Instant now) {
        ZonedDateTime local = now.atZone(settings.zone());
        LocalTime time = local.toLocalTime();
        LocalTime start = settings.start();
        LocalTime end = settings.end();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        ZonedDateTime endToday = local.with(end);
        return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
    }
}
