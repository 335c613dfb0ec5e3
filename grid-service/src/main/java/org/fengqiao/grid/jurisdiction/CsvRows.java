package org.fengqiao.grid.jurisdiction;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a small CSV text (RFC 4180 quoting, one record a line, no line breaks inside a field), with their
 * line numbers; blank lines are skipped.
 */
final class CsvRows {

    private CsvRows() {
    }

    record Row(int line, List<String> fields) {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            if (!lines[index].isBlank()) {
                rows.add(new Row(index + 1, fields(lines[index])));
            }
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
