package org.fengqiao.petition.listing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;

import reactor.core.publisher.Flux;

/**
 * A list as CSV that Excel opens correctly: UTF-8 with a byte-order mark, a header row, CRLF line ends, cells
 * quoted per RFC 4180 when they hold a comma, quote or line break, and a cell starting with {@code = + - @} (a
 * formula to a spreadsheet) prefixed with an apostrophe so it stays text.
 */
public final class CsvExport<T> {

    static final String BOM = "\uFEFF";
    private static final int ROWS_PER_CHUNK = 100;
    private static final DateTimeFormatter BEIJING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ListRequest.BEIJING);

    /** One column: its (Chinese) header and how a record fills it; {@code null} is an empty cell. */
    public record Column<T>(String header, Function<T, String> value) {
    }

    private final List<Column<T>> columns;

    private CsvExport(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    @SafeVarargs
    public static <T> CsvExport<T> of(Column<T>... columns) {
        return new CsvExport<>(List.of(columns));
    }

    /** The file as it streams: the BOM and header first, then the rows in chunks. */
    public Flux<DataBuffer> write(Flux<T> rows, DataBufferFactory buffers) {
        String header = BOM + line(columns.stream().map(Column::header).toList());
        return Flux.concat(Flux.just(header), rows.buffer(ROWS_PER_CHUNK).map(chunk -> {
            StringBuilder text = new StringBuilder();
            chunk.forEach(row -> text.append(line(columns.stream().map(column -> column.value().apply(row)).toList())));
            return text.toString();
        })).map(text -> buffers.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A time as Beijing wall-clock time, {@code 2026-11-22 16:05}; empty for none. */
    public static String time(Instant instant) {
        return instant == null ? null : BEIJING_TIME.format(instant);
    }

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
