package org.fengqiao.platform.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The year files shipped in {@code calendar/}, read straight from the build output (tests only). */
final class BundledCalendars {

    private static final List<CalendarYear> YEARS = readAll();
    private static final WorkCalendar CALENDAR = WorkCalendar.of(YEARS);

    private BundledCalendars() {
    }

    static List<CalendarYear> years() {
        return YEARS;
    }

    static WorkCalendar calendar() {
        return CALENDAR;
    }

    private static List<CalendarYear> readAll() {
        try (Stream<Path> files = Files.list(Path.of(BundledCalendars.class.getResource("/calendar").toURI()))) {
            return files.filter(file -> CalendarYearFile.isYearFile(file.getFileName().toString()))
                    .sorted()
                    .map(BundledCalendars::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CalendarYear read(Path file) {
        try (Reader content = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CalendarYearFile.read(file.getFileName().toString(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
