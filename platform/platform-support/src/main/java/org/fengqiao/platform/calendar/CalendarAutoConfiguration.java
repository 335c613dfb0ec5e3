package org.fengqiao.platform.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Exposes the {@link WorkCalendar} built from the bundled year files ({@code classpath:calendar/cn-*.csv})
 * plus those in {@code fengqiao.calendar.location}, and the {@link DeadlinePolicy} over it. Warns at start-up
 * when this year or the next has no data or only provisional data. Also the platform's {@link Clock}.
 */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

    static final String BUNDLED = "classpath*:calendar/";
    private static final Logger log = LoggerFactory.getLogger(CalendarAutoConfiguration.class);

    /** The time every service reads; a test or a controllable-clock deployment replaces it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    WorkCalendar workCalendar(CalendarProperties properties, ResourceLoader resourceLoader) {
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        Map<Integer, CalendarYear> years = new TreeMap<>();
        readYears(resolver, BUNDLED, years);
        if (properties.location() != null && !properties.location().isBlank()) {
            String location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
            if (!resolver.getResource(location).exists()) {
                throw new IllegalStateException("fengqiao.calendar.location 目录不存在 (directory not found): " + location);
            }
            readYears(resolver, location, years);
        }
        WorkCalendar calendar = WorkCalendar.of(years.values());
        log.info("Work calendar years: {}", calendar.coverage());
        warnAboutGaps(calendar, LocalDate.now(WorkCalendar.ZONE).getYear());
        return calendar;
    }

    @Bean
    @ConditionalOnMissingBean
    DeadlinePolicy deadlinePolicy(WorkCalendar workCalendar, CalendarProperties properties) {
        return new DeadlinePolicy(workCalendar, properties.extendCalendarDayDeadlines());
    }

    private static void readYears(ResourcePatternResolver resolver, String directory, Map<Integer, CalendarYear> years) {
        try {
            for (Resource file : resolver.getResources(directory + "cn-*.csv")) {
                String name = file.getFilename();
                if (name == null || !CalendarYearFile.isYearFile(name)) {
                    continue;
                }
                try (Reader content = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    CalendarYear year = CalendarYearFile.read(name, content);
                    years.put(year.year(), year);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read work-calendar files in " + directory, e);
        }
    }

    private static void warnAboutGaps(WorkCalendar calendar, int thisYear) {
        for (int year = thisYear; year <= thisYear + 1; year++) {
            CalendarYear.Status status = calendar.coverage().get(year);
            if (status == null) {
                log.warn("工作日历缺少 {} 年数据：涉及该年的期限计算将报错，请添加 cn-{}.csv (no work-calendar data for {})",
                        year, year, year);
            } else if (status == CalendarYear.Status.PROVISIONAL) {
                log.warn("{} 年节假日数据为暂定：国务院办公厅通知发布后请更新 cn-{}.csv (work-calendar data for {} is provisional)",
                        year, year, year);
            }
        }
    }
}
