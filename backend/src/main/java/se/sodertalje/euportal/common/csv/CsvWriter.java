package se.sodertalje.euportal.common.csv;

import java.util.List;

/**
 * Writes RFC 4180 CSV that spreadsheets open as they should: UTF-8 with a byte-order mark (so
 * Excel reads å, ä, ö), CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, and a leading apostrophe for text that a spreadsheet would run as a formula.
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvWriter row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
