package org.fengqiao.mediation.dispute;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.calendar.CalendarYear;
import org.fengqiao.platform.calendar.CalendarYearFile;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Tier clocks for unit tests: the given (or default) policy over the platform's bundled work calendar. */
final class TestTierClocks {

    private TestTierClocks() {
    }

    static TierClocks defaults() {
        return of(ClockPolicy.defaults());
    }

    static TierClocks of(ClockPolicy policy) {
        return new TierClocks(policy, new DeadlinePolicy(bundledCalendar(), true));
    }

    static WorkCalendar bundledCalendar() {
        List<CalendarYear> years = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.csv")) {
                try (InputStreamReader content = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    years.add(CalendarYearFile.read(file.getFilename(), content));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WorkCalendar.of(years);
    }
}
