package org.fengqiao.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one year's holiday file, {@code cn-<year>.csv} (format in {@code calendar/README.md}):
 * <pre>
 * # status: official          (or provisional; required)
 * from,to,kind,festival       (optional header row)
 * 2025-01-28,2025-02-04,放假,春节
 * 2025-01-26,2025-01-26,上班,春节
 * </pre>
 * Lines starting with {@code #} are comments; {@code kind} is 放假 (rest day) or 上班 (make-up working day).
 */
public final class CalendarYearFile {

    private static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.csv");
    private static final Pattern STATUS = Pattern.compile("#\\s*status\\s*:\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final String HEADER = "from,to,kind,festival";
    static final String HOLIDAY = "放假";
    static final String MAKE_UP_WORKDAY = "上班";

    private CalendarYearFile() {
    }

    /** Whether a file name is a year file, {@code cn-<yyyy>.csv}. */
    public static boolean isYearFile(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    /**
     * Parses a year file; the year comes from the file name.
     *
     * @throws IllegalArgumentException naming the file and line when the content is malformed or implausible
     */
    public static CalendarYear read(String fileName, Reader content) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException(fileName + ": 日历文件名应为 cn-<年份>.csv (expected cn-<yyyy>.csv)");
        }
        int year = Integer.parseInt(name.group(1));
        CalendarYear.Status status = null;
        Map<LocalDate, String> holidays = new TreeMap<>();
        Map<LocalDate, String> makeUpWorkdays = new TreeMap<>();
        try (BufferedReader lines = new BufferedReader(content)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String text = line.strip().replace("\uFEFF", "");
                Matcher statusLine = STATUS.matcher(text);
                if (statusLine.matches()) {
                    status = parseStatus(fileName, lineNumber, statusLine.group(1));
                } else if (!text.isEmpty() && !text.startsWith("#") && !text.equalsIgnoreCase(HEADER)) {
                    readRange(fileName, lineNumber, text, holidays, makeUpWorkdays);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": 读取失败 (cannot read)", e);
        }
        if (status == null) {
            throw new IllegalArgumentException(fileName + ": 缺少 '# status: official' 或 '# status: provisional' 一行 (status line missing)");
        }
        try {
            return new CalendarYear(year, status, new TreeMap<>(holidays), new TreeMap<>(makeUpWorkdays));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
    }

    private static CalendarYear.Status parseStatus(String fileName, int lineNumber, String value) {
        try {
            return CalendarYear.Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed(fileName, lineNumber, "status 只能是 official 或 provisional (status must be official or provisional)");
        }
    }

    private static void readRange(String fileName, int lineNumber, String text,
            Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays) {
        String[] cells = text.split(",", -1);
        if (cells.length != 4 || cells[3].isBlank()) {
            throw malformed(fileName, lineNumber, "应为 起始日,结束日,放假|上班,节日 (expected from,to,kind,festival)");
        }
        LocalDate from = parseDate(fileName, lineNumber, cells[0]);
        LocalDate to = cells[1].isBlank() ? from : parseDate(fileName, lineNumber, cells[1]);
        if (to.isBefore(from)) {
            throw malformed(fileName, lineNumber, "结束日早于起始日 (range ends before it starts)");
        }
        Map<LocalDate, String> target = switch (cells[2].strip()) {
            case HOLIDAY -> holidays;
            case MAKE_UP_WORKDAY -> makeUpWorkdays;
            default -> throw malformed(fileName, lineNumber, "类别只能是 放假 或 上班 (kind must be 放假 or 上班)");
        };
        String festival = cells[3].strip();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (target.put(day, festival) != null) {
                throw malformed(fileName, lineNumber, day + " 重复出现 (listed twice)");
            }
        }
    }

    private static LocalDate parseDate(String fileName, int lineNumber, String cell) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw malformed(fileName, lineNumber, "日期应为 yyyy-MM-dd: '" + cell.strip() + "' (date must be yyyy-MM-dd)");
        }
    }

    private static IllegalArgumentException malformed(String fileName, int lineNumber, String problem) {
        return new IllegalArgumentException(fileName + " 第 " + lineNumber + " 行 (line " + lineNumber + "): " + problem);
    }
}
