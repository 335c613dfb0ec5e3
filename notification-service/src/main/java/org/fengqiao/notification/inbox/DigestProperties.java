package org.fengqiao.notification.inbox;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.notification.digest.*}: the daily digest per unit.
 *
 * @param enabled       run the digest job (default true)
 * @param at            local time of day it is written (default 08:30)
 * @param zone          whose day (default Asia/Shanghai)
 * @param dueSoon       how far ahead a deadline counts as due soon (default 24h)
 * @param checkInterval how often the job looks whether today's digest is due (default 1m)
 * @param maxListed     cases listed per section; the rest are counted (default 20)
 */
@ConfigurationProperties("fengqiao.notification.digest")
record DigestProperties(Boolean enabled, LocalTime at, ZoneId zone, Duration dueSoon, Duration checkInterval,
                        Integer maxListed) {

    DigestProperties {
        enabled = enabled == null || enabled;
        at = at == null ? LocalTime.of(8, 30) : at;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        dueSoon = dueSoon == null ? Duration.ofHours(24) : dueSoon;
        checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
        maxListed = maxListed == null ? 20 : maxListed;
    }
}
