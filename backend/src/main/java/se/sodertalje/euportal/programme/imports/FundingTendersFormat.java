package se.sodertalje.euportal.programme.imports;

import se.sodertalje.euportal.common.bounds.InputBounds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.programme.CallStatus;
import se.sodertalje.euportal.programme.Fund;

/**
 * Reads the EU Funding & Tenders Portal topic list as published (a JSON array of topics with
 * reference, topicId, title, programme, programmeId, deadline, callStatus, budgetMin/Max,
 * expectedGrants, keywords, portalUrl…). The list gives a deadline date without a time: the
 * portal's deadlines are 17:00 Brussels time, so that is the closing time recorded.
 */
public final class FundingTendersFormat {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    public static final LocalTime DEADLINE_TIME = LocalTime.of(17, 0);
    static final String PROGRAMME_CODE_PREFIX = "FT-";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most topics one file may hold (the portal's whole list is a few thousand). */
    public static final int MAX_TOPICS = 50_000;
    /** How the portal says a topic was withdrawn (both spellings occur). */
    static final Set<String> CANCELLED = Set.of("cancelled", "canceled");

    private FundingTendersFormat() {
    }

    public static ParsedImport parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return new ParsedImport(List.of(), List.of(new FieldError("file", "is not valid JSON", ProblemCode.FORMAT)));
        }
        if (root == null || !root.isArray()) {
            return new ParsedImport(List.of(), List.of(new FieldError("file", "must be a JSON array of topics", ProblemCode.FORMAT)));
        }
        if (root.size() > MAX_TOPICS) {
            return new ParsedImport(List.of(), List.of(new FieldError("file", "must hold at most " + MAX_TOPICS + " topics",
                    ProblemCode.SIZE)));
        }
        List<ImportedCall> calls = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            RowReader row = new RowReader(i, errors);
            JsonNode topic = root.get(i);
            topic.properties().forEach(field -> InputBounds.text(field.getValue().isTextual() ? field.getValue().asText() : null)
                    .ifPresent(reason -> row.error(field.getKey(), reason)));
            String identifier = row.required("topicId", text(topic, "topicId"));
            String title = row.required("title", text(topic, "title"));
            String programmeId = row.required("programmeId", text(topic, "programmeId"));
            String programme = row.required("programme", text(topic, "programme"));
            String deadline = row.required("deadline", text(topic, "deadline"));
            LocalDate day = null;
            if (deadline != null) {
                try {
                    day = LocalDate.parse(deadline);
                    InputBounds.temporal(day).ifPresent(reason -> row.error("deadline", reason));
                } catch (DateTimeParseException e) {
                    row.error("deadline", "must be a date YYYY-MM-DD");
                }
            }
            String announced = text(topic, "callStatus");
            boolean cancelled = announced != null && CANCELLED.contains(announced.toLowerCase(Locale.ROOT));
            CallStatus status = cancelled ? CallStatus.CLOSED : status(announced, row);
            BigDecimal grantMin = row.amount("budgetMin", topic.get("budgetMin"));
            BigDecimal grantMax = row.amount("budgetMax", topic.get("budgetMax"));
            Integer expectedGrants = row.count("expectedGrants", topic.get("expectedGrants"));
            String cluster = text(topic, "cluster");
            if (row.ok()) {
                calls.add(new ImportedCall(i, PROGRAMME_CODE_PREFIX + programmeId, programme, fundOf(programme), identifier,
                        title, cluster == null ? null : "Cluster: " + cluster, text(topic, "actionType"), null,
                        day.atTime(DEADLINE_TIME).atZone(BRUSSELS).toInstant(), BRUSSELS.getId(), status, null,
                        grantMin, grantMax, expectedGrants, keywords(text(topic, "keywords")), text(topic, "portalUrl"),
                        cancelled));
            }
        }
        return new ParsedImport(calls, errors);
    }

    /** The fund a Funding & Tenders programme belongs to, by its name; OTHER when not one of ours. */
    static Fund fundOf(String programme) {
        String name = programme.toLowerCase(Locale.ROOT);
        if (name.contains("horizon europe")) {
            return Fund.HORIZON_EUROPE;
        }
        if (name.contains("erasmus+")) {
            return Fund.ERASMUS_PLUS;
        }
        if (name.contains("esf+")) {
            return Fund.ESF_PLUS;
        }
        if (name.contains("interreg")) {
            return Fund.INTERREG;
        }
        if (name.contains("erdf")) {
            return Fund.ERDF;
        }
        if (name.matches("^(cerv|amif|life)\\b.*")) {
            return Fund.valueOf(name.split("\\W")[0].toUpperCase(Locale.ROOT));
        }
        return Fund.OTHER;
    }

    private static CallStatus status(String value, RowReader row) {
        if (value == null) {
            return CallStatus.OPEN;
        }
        try {
            return CallStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            row.error("callStatus", "must be forthcoming, open, closed or cancelled");
            return null;
        }
    }

    /** The keywords as topics: comma-separated, trimmed, each once. */
    static List<String> keywords(String value) {
        Set<String> topics = new LinkedHashSet<>();
        if (value != null) {
            for (String keyword : value.split(",")) {
                if (!keyword.isBlank()) {
                    topics.add(keyword.trim());
                }
            }
        }
        return new ArrayList<>(topics);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() || text.equals("NA") ? null : text;
    }
}
