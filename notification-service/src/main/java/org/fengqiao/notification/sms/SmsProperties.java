package org.fengqiao.notification.sms;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.notification.sms.*}.
 *
 * @param providerUrl where the provider accepts messages; blank with the simulator on means the simulator
 * @param apiKey      sent as {@code X-Api-Key} (from the environment for a real provider)
 * @param timeout     how long one attempt may take (default 10s)
 * @param quietHours  when citizens are not texted (default 22:00-08:00 Asia/Shanghai)
 * @param simulator   the local provider simulator
 * @param rateLimit   at most so many SMS per phone per window (default 5 per hour; 0 = no limit)
 * @param leaderPhones county code → phones of its leaders, who get 预警 alerts by SMS as well (none by default)
 */
@ConfigurationProperties("fengqiao.notification.sms")
record SmsProperties(String providerUrl, String apiKey, Duration timeout, QuietHoursSettings quietHours,
                     Simulator simulator, RateLimit rateLimit, Map<String, List<String>> leaderPhones) {

    SmsProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        quietHours = quietHours == null ? new QuietHoursSettings(null, null, null) : quietHours;
        simulator = simulator == null ? new Simulator(null, null, null) : simulator;
        rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
        leaderPhones = leaderPhones == null ? Map.of() : Map.copyOf(leaderPhones);
    }

    record QuietHoursSettings(LocalTime start, LocalTime end, ZoneId zone) {

        QuietHoursSettings {
            start = start == null ? LocalTime.of(22, 0) : start;
            end = end == null ? LocalTime.of(8, 0) : end;
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        }
    }

    /**
     * @param enabled  run the simulator in this process
     * @param port     its local port (0: any free port; the client finds it)
     * @param capacity how many messages it keeps (oldest dropped first)
     */
    record Simulator(Boolean enabled, Integer port, Integer capacity) {

        Simulator {
            enabled = enabled != null && enabled;
            port = port == null ? 0 : port;
            capacity = capacity == null ? 1000 : capacity;
        }
    }

    /**
     * @param maxPerWindow SMS per phone and window; more are postponed to the next window (default 5)
     * @param window       fixed windows from the epoch, e.g. each clock hour (default 1h)
     */
    record RateLimit(Integer maxPerWindow, Duration window) {

        RateLimit {
            maxPerWindow = maxPerWindow == null ? 5 : maxPerWindow;
            window = window == null ? Duration.ofHours(1) : window;
        }
    }
}
