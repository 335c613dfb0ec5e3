package org.fengqiao.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final QuietHours quietHours = new QuietHours(new SmsProperties.QuietHoursSettings(null, null, null));

    @Test
    void daytimeNoticesGoAtOnce() {
        assertThat(quietHours.earliestSend(shanghai("2026-11-20T08:00"))).isEqualTo(shanghai("2026-11-20T08:00"));
        assertThat(quietHours.earliestSend(shanghai("2026-11-20T21:59"))).isEqualTo(shanghai("2026-11-20T21:59"));
    }

    @Test
    void noticesAtNightWaitUntilEightInTheMorning() {
        assertThat(quietHours.earliestSend(shanghai("2026-11-20T22:00"))).isEqualTo(shanghai("2026-11-21T08:00"));
        assertThat(quietHours.earliestSend(shanghai("2026-11-20T23:59"))).isEqualTo(shanghai("2026-11-21T08:00"));
        assertThat(quietHours.earliestSend(shanghai("2026-11-21T03:00"))).isEqualTo(shanghai("2026-11-21T08:00"));
        assertThat(quietHours.earliestSend(shanghai("2026-11-21T07:59"))).isEqualTo(shanghai("2026-11-21T08:00"));
    }

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }
}
