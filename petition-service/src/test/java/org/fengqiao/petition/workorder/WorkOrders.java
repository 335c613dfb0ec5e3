package org.fengqiao.petition.workorder;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.calendar.CalendarYear;
import org.fengqiao.platform.calendar.CalendarYearFile;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.WorkCalendar;

/** Object mother for work-order unit tests: the deadlines over the bundled work calendar, actors. */
final class WorkOrders {

    static final Actor HOTLINE = new Actor("hotline-12345", "12345热线系统");
    static final Actor DISPATCHER = new Actor("county-dispatcher", "县信访局调度员");
    static final Actor FENGQIAO = new Actor("handler-fengqiao", "枫桥镇信访办");
    static final Actor ZHAOJIA = new Actor("handler-zhaojia", "赵家镇信访办");

    private WorkOrders() {
    }

    static WorkOrderDeadlines deadlines() {
        return new WorkOrderDeadlines(DeadlinePolicy.standard(bundledCalendar()), WorkOrderProperties.defaults());
    }

    static WorkCalendar bundledCalendar() {
        List<CalendarYear> years = new ArrayList<>();
        for (int year = 2024; year <= 2027; year++) {
            String name = "cn-" + year + ".csv";
            try (Reader content = new InputStreamReader(
                    WorkOrders.class.getClassLoader().getResourceAsStream("calendar/" + name), StandardCharsets.UTF_8)) {
                years.add(CalendarYearFile.read(name, content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return WorkCalendar.of(years);
    }
}
