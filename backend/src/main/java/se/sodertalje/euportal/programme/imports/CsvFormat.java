package se.sodertalje.euportal.programme.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.common.csv.CsvTable;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.programme.CallStatus;

/**
 * Reads calls from CSV (RFC 4180, comma-separated, UTF-8) with the header
 * {@code programmeCode,identifier,title,opensAt,closesAt,timeZone,budget,topics,url}. Times are
 * ISO local date-times in the row's time zone (e.g. 2027-02-15T17:00 with Europe/Brussels);
 * topics are separated by ';'. The programme must exist.
 */
public final class CsvFormat {

    public static final List<String> HEADER = List.of("programmeCode", "identifier", "title", "opensAt", "closesAt",
            "timeZone", "budget", "topics", "url");

    private CsvFormat() {
    }

    public static ParsedImport parse(String body) {
        CsvTable table = CsvTable.parse(body);
        if (!table.hasColumns(HEADER)) {
            return new ParsedImport(List.of(), List.of(new FieldError("file", "must start with the header "
                    + String.join(",", HEADER), ProblemCode.FORMAT)));
        }
        List<ImportedCall> calls = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            if (table.blank(row)) {
                continue;
            }
            RowReader reader = new RowReader(row, errors);
            Map<String, String> cells = new HashMap<>();
            for (String name : HEADER) {
                cells.put(name, table.cell(row, name));
            }
            String programmeCode = reader.required("programmeCode", cells.get("programmeCode"));
            String identifier = reader.required("identifier", cells.get("identifier"));
            String title = reader.required("title", cells.get("title"));
            String timeZone = reader.required("timeZone", cells.get("timeZone"));
            ZoneId zone = null;
            if (timeZone != null) {
                try {
                    zone = ZoneId.of(timeZone);
                } catch (DateTimeException e) {
                    reader.error("timeZone", "is not a time zone such as Europe/Brussels");
                }
            }
            Instant opensAt = instant(reader, "opensAt", cells.get("opensAt"), zone);
            Instant closesAt = instant(reader, "closesAt", reader.required("closesAt", cells.get("closesAt")), zone);
            if (opensAt != null && closesAt != null && opensAt.isAfter(closesAt)) {
                reader.error("opensAt", "must not be after closesAt");
            }
            var budget = reader.amount("budget", cells.get("budget"));
            List<String> topics = cells.get("topics") == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(
                    Arrays.stream(cells.get("topics").split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList()));
            if (reader.ok()) {
                calls.add(new ImportedCall(row, programmeCode, null, null, identifier, title, null, null, opensAt,
                        closesAt, zone.getId(), CallStatus.OPEN, budget, null, null, null, topics, cells.get("url")));
            }
        }
        return new ParsedImport(calls, errors);
    }

    private static Instant instant(RowReader reader, String field, String value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches(".*([+-]\\d\\d:\\d\\d|Z)$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return zone == null ? null : LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            reader.error(field, "must be a date-time such as 2027-02-15T17:00");
            return null;
        }
    }
}
