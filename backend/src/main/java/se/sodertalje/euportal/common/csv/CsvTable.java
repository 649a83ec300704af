package se.sodertalje.euportal.common.csv;

import java.util.ArrayList;
import se.sodertalje.euportal.common.bounds.InputBounds;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.common.error.ProblemCode;

/** A CSV file read as a header row and data rows, with cells looked up by column name. */
public final class CsvTable {

    private final List<List<String>> records;
    private final Map<String, Integer> column = new HashMap<>();

    private CsvTable(List<List<String>> records) {
        this.records = records;
        if (!records.isEmpty()) {
            List<String> header = records.get(0);
            for (int i = 0; i < header.size(); i++) {
                column.putIfAbsent(header.get(i).trim(), i);
            }
        }
        refuseControlCharacters();
    }

    /** Every cell is text a person could type: a control character other than tab and line breaks refuses the file. */
    private void refuseControlCharacters() {
        List<FieldError> errors = new ArrayList<>();
        for (int r = 0; r < records.size() && errors.size() < 100; r++) {
            List<String> record = records.get(r);
            for (int c = 0; c < record.size(); c++) {
                int at = c;
                int row = r - 1;
                InputBounds.text(record.get(c)).ifPresent(reason -> errors.add(new FieldError(
                        row < 0 ? "header[" + at + "]" : "rows[" + row + "]." + columnName(at), reason, ProblemCode.CONTROL_CHARACTERS)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.importRefused(errors);
        }
    }

    private String columnName(int index) {
        List<String> header = records.get(0);
        return index < header.size() && InputBounds.text(header.get(index)).isEmpty() ? header.get(index).trim()
                : "[" + index + "]";
    }

    public static CsvTable parse(String body) {
        return new CsvTable(CsvReader.read(body));
    }

    /** A file separated by ';' or ',': whichever its header line holds more of (',' on a tie). */
    public static CsvTable parseEitherDelimiter(String body) {
        int end = body.indexOf('\n');
        String header = end < 0 ? body : body.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return new CsvTable(CsvReader.read(body, semicolons > commas ? ';' : ','));
    }

    public boolean hasColumns(Collection<String> names) {
        return column.keySet().containsAll(names);
    }

    /** Data rows, the header not counted; row 0 is the first line after the header. */
    public int rows() {
        return Math.max(0, records.size() - 1);
    }

    public boolean blank(int row) {
        return records.get(row + 1).stream().allMatch(String::isBlank);
    }

    /** The trimmed cell, or null when empty or when the file has no such column. */
    public String cell(int row, String name) {
        Integer index = column.get(name);
        List<String> record = records.get(row + 1);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).trim();
        return value.isEmpty() ? null : value;
    }
}
