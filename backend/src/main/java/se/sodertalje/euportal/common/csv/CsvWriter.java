package se.sodertalje.euportal.common.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes RFC 4180 CSV that spreadsheets open as they should: UTF-8 with a byte-order mark (so
 * Excel reads å, ä, ö), CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, and a leading apostrophe for text that a spreadsheet would run as a formula.
 */
public final class CsvWriter {

    private final Appendable out;

    /** CSV kept in memory; {@link #toString()} gives it. */
    public CsvWriter() {
        this(new StringBuilder());
    }

    /** CSV written as it comes to {@code out} (e.g. a file), for exports of any size. */
    public CsvWriter(Appendable out) {
        this.out = out;
        append("\uFEFF");
    }

    public CsvWriter row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        append(line.append("\r\n"));
        return this;
    }

    private void append(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
