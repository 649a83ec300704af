package se.sodertalje.euportal.common.error;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one registry of the portal's stable codes: every {@code code} a problem or a field error can
 * carry is declared here, with its wire value, the HTTP status of a problem with this code (a field
 * error travels in a 400 VALIDATION problem, or in the problem of the rule it belongs to) and the
 * names of the parameters it may carry in {@code params}. Throw sites name the constant, never a
 * literal ({@code ProblemCodeRegistryTest} checks); {@code openapi.yaml} publishes the wire values as
 * the enum {@code ProblemCode}, and the SPA has a Swedish and an English text for each
 * ({@code errors.code.<wire value>} in its locales).
 */
public enum ProblemCode {

    // General answers of the API (ProblemMappers, ApiProblem's factories, the database and the framework)
    BAD_REQUEST("BAD_REQUEST", 400),
    DUPLICATE("DUPLICATE", 409),
    FORBIDDEN("FORBIDDEN", 403),
    HTTP_ERROR("HTTP_ERROR", 400),
    IF_MATCH_REQUIRED("IF_MATCH_REQUIRED", 428),
    INTERNAL("INTERNAL", 500),
    IN_USE("IN_USE", 409),
    MALFORMED_JSON("MALFORMED_JSON", 400),
    METHOD_NOT_ALLOWED("METHOD_NOT_ALLOWED", 405),
    NOT_ACCEPTABLE("NOT_ACCEPTABLE", 406),
    NOT_FOUND("NOT_FOUND", 404),
    REQUEST_ENTITY_TOO_LARGE("REQUEST_ENTITY_TOO_LARGE", 413),
    SERVICE_UNAVAILABLE("SERVICE_UNAVAILABLE", 503),
    STALE_VERSION("STALE_VERSION", 412, "current"),
    UNAUTHENTICATED("UNAUTHENTICATED", 401),
    UNSUPPORTED_MEDIA_TYPE("UNSUPPORTED_MEDIA_TYPE", 415),
    VALIDATION("VALIDATION", 400),

    // The rules of the features, numbered per feature; a number once published is never reused for another rule
    APPLICATION_001("APPLICATION-001", 409),
    APPLICATION_002("APPLICATION-002", 409),
    APPLICATION_003("APPLICATION-003", 403),
    ATTACHMENT_001("ATTACHMENT-001", 413, "maxBytes"),
    ATTACHMENT_002("ATTACHMENT-002", 415),
    ATTACHMENT_003("ATTACHMENT-003", 409),
    ATTACHMENT_004("ATTACHMENT-004", 409, "max"),
    BUDGET_001("BUDGET-001", 400, "max"),
    BUDGET_002("BUDGET-002", 400),
    BUDGET_003("BUDGET-003", 400),
    BUDGET_004("BUDGET-004", 400, "category"),
    BUDGET_005("BUDGET-005", 400, "category"),
    BUDGET_006("BUDGET-006", 400, "max"),
    BUDGET_007("BUDGET-007", 400, "required", "total", "euShare", "actual", "missing"),
    BUDGET_008("BUDGET-008", 400),
    BUDGET_009("BUDGET-009", 400),
    BUDGET_010("BUDGET-010", 400, "currency"),
    BUDGET_011("BUDGET-011", 400, "periods"),
    BUDGET_012("BUDGET-012", 400),
    BUDGET_013("BUDGET-013", 409),
    BUDGET_014("BUDGET-014", 400, "euShare", "granted"),
    BUDGET_015("BUDGET-015", 409),
    BUDGET_016("BUDGET-016", 409),
    BUDGET_017("BUDGET-017", 400),
    BUDGET_018("BUDGET-018", 400, "euShare", "granted", "excess"),
    BUDGET_019("BUDGET-019", 409),
    BUDGET_020("BUDGET-020", 409),
    BUDGET_021("BUDGET-021", 409),
    BUDGET_022("BUDGET-022", 409),
    BUDGET_023("BUDGET-023", 409),
    CALL_001("CALL-001", 409, "identifier"),
    CALL_002("CALL-002", 409),
    CALL_003("CALL-003", 502),
    COMMENT_001("COMMENT-001", 403),
    CONTACT_002("CONTACT-002", 409),
    CONTACT_003("CONTACT-003", 409),
    CONTROL_001("CONTROL-001", 409),
    CONTROL_002("CONTROL-002", 409),
    CONTROL_003("CONTROL-003", 409),
    CONTROL_004("CONTROL-004", 400, "max"),
    CONTROL_005("CONTROL-005", 409),
    CONTROL_006("CONTROL-006", 400),
    CONTROL_007("CONTROL-007", 409),
    CONTROL_008("CONTROL-008", 400),
    CONTROL_009("CONTROL-009", 415),
    CONTROL_010("CONTROL-010", 409),
    CONTROL_011("CONTROL-011", 409),
    CONTROL_012("CONTROL-012", 403),
    CONTROL_013("CONTROL-013", 409),
    CONTROL_014("CONTROL-014", 400),
    CONTROL_015("CONTROL-015", 409),
    CONTROL_016("CONTROL-016", 409),
    CONTROL_017("CONTROL-017", 409),
    CONTROL_018("CONTROL-018", 400),
    CONTROL_019("CONTROL-019", 400),
    DECISION_001("DECISION-001", 400),
    DECISION_002("DECISION-002", 409),
    DECISION_003("DECISION-003", 403),
    EVENT_001("EVENT-001", 400),
    EVENT_002("EVENT-002", 409),
    EVENT_003("EVENT-003", 403),
    EVENT_004("EVENT-004", 409),
    EVENT_005("EVENT-005", 409),
    EVENT_006("EVENT-006", 409),
    EVENT_007("EVENT-007", 409),
    EVENT_008("EVENT-008", 400),
    EVENT_009("EVENT-009", 400),
    IDEA_001("IDEA-001", 409),
    IDEA_002("IDEA-002", 409),
    IMPORT_001("IMPORT-001", 400),
    LIBRARY_001("LIBRARY-001", 403),
    NETWORK_001("NETWORK-001", 409),
    PARTNER_001("PARTNER-001", 409),
    PARTNER_002("PARTNER-002", 409),
    PARTNER_003("PARTNER-003", 409),
    PARTNER_004("PARTNER-004", 409),
    PARTNERSHIP_001("PARTNERSHIP-001", 409),
    PARTNERSHIP_002("PARTNERSHIP-002", 409),
    PARTNERSHIP_003("PARTNERSHIP-003", 409, "max", "count"),
    PARTNERSHIP_004("PARTNERSHIP-004", 400),
    PROGRAMME_001("PROGRAMME-001", 409, "code"),
    PROGRAMME_002("PROGRAMME-002", 409),
    PROJECT_001("PROJECT-001", 409),
    PROJECT_002("PROJECT-002", 409),
    PROJECT_004("PROJECT-004", 409),
    PROJECT_005("PROJECT-005", 409),
    PROJECT_006("PROJECT-006", 409),
    PROJECT_007("PROJECT-007", 403),
    RATE_001("RATE-001", 400),
    RATE_002("RATE-002", 400),
    RATE_003("RATE-003", 400),
    RATE_004("RATE-004", 400, "earliest", "latest"),
    RATE_005("RATE-005", 400),
    RATE_006("RATE-006", 400, "decimals", "digits"),
    RATE_007("RATE-007", 400, "max"),
    RATE_008("RATE-008", 400, "currency", "month", "row"),
    READINESS_001("READINESS-001", 400),
    READINESS_002("READINESS-002", 400),
    READINESS_003("READINESS-003", 400),
    READINESS_004("READINESS-004", 400),
    READINESS_005("READINESS-005", 400),
    READINESS_006("READINESS-006", 400),
    READINESS_007("READINESS-007", 400),
    READINESS_008("READINESS-008", 400),
    REPORT_001("REPORT-001", 400),
    REPORT_002("REPORT-002", 400),
    REPORT_003("REPORT-003", 400),
    REPORT_004("REPORT-004", 400),
    REPORT_005("REPORT-005", 400),
    REPORT_006("REPORT-006", 409),
    REPORT_007("REPORT-007", 403),
    REPORT_008("REPORT-008", 409),
    REPORT_009("REPORT-009", 409, "sentOn"),
    REPORT_010("REPORT-010", 409),
    REPORT_011("REPORT-011", 400, "periodStart", "periodEnd", "amount"),
    REPORT_012("REPORT-012", 400),
    REPORT_013("REPORT-013", 409),
    REPORT_020("REPORT-020", 409, "max"),
    SEARCH_001("SEARCH-001", 409),
    SEARCH_002("SEARCH-002", 409),
    TEAM_001("TEAM-001", 409),
    TWIN_001("TWIN-001", 409),
    TWIN_002("TWIN-002", 400),
    UNIT_001("UNIT-001", 409, "code"),
    UNIT_002("UNIT-002", 409),
    UNIT_003("UNIT-003", 409),
    UPLOAD_001("UPLOAD-001", 422),
    UPLOAD_002("UPLOAD-002", 503),
    WATCH_001("WATCH-001", 403),
    WATCH_002("WATCH-002", 400),
    WEBHOOK_001("WEBHOOK-001", 400),
    WEBHOOK_002("WEBHOOK-002", 400, "min"),
    WORKPLAN_001("WORKPLAN-001", 409, "year"),
    WORKPLAN_002("WORKPLAN-002", 400),
    WORKPLAN_003("WORKPLAN-003", 409),
    WORKPLAN_004("WORKPLAN-004", 409),
    WORKPLAN_005("WORKPLAN-005", 400),
    WORKPLAN_006("WORKPLAN-006", 400),

    // Field-error codes: the broken constraint of one field (bean validation's annotation names and the portal's own)
    CALLS_NARROWER("CallsNarrower", 400),
    CONTROL_CHARACTERS("ControlCharacters", 400),
    COUNTRY("Country", 400),
    CURSOR("Cursor", 400),
    CYCLE("Cycle", 400),
    DATE_RANGE("DateRange", 400),
    DECIMAL_MAX("DecimalMax", 400, "value"),
    DECIMAL_MIN("DecimalMin", 400, "value"),
    DIGITS("Digits", 400, "integer", "fraction"),
    DUPLICATE_ITEM("Duplicate", 400),
    EMAIL("Email", 400),
    EXISTS("Exists", 400),
    FIXED("Fixed", 400),
    FLAT_RATE_CEILING("FlatRateCeiling", 400),
    FORMAT("Format", 400),
    IMPORT("Import", 400),
    MAX("Max", 400, "value"),
    MIN("Min", 400, "value"),
    NARROWER("Narrower", 400),
    NOT_BLANK("NotBlank", 400),
    NOT_EMPTY("NotEmpty", 400),
    NOT_INVESTIGATED("NotInvestigated", 400),
    NOT_NULL("NotNull", 400),
    PAST("Past", 400),
    PAST_OR_PRESENT("PastOrPresent", 400),
    PATTERN("Pattern", 400),
    PERIOD("Period", 400),
    PIC("Pic", 400),
    POSITIVE("Positive", 400),
    POSITIVE_OR_ZERO("PositiveOrZero", 400),
    PROGRAMME_OR_CALL_REQUIRED("ProgrammeOrCallRequired", 400),
    RANGE("Range", 400),
    REMINDER_KIND("ReminderKind", 400),
    REQUIRED("Required", 400),
    SAME_UNIT("SameUnit", 400),
    SIZE("Size", 400, "min", "max"),
    SORT("Sort", 400),
    STEP_DELIVERY("StepDelivery", 400),
    TIME_ZONE("TimeZone", 400),
    TYPE("Type", 400),
    UNIQUE("Unique", 400),
    VAT_NUMBER("VatNumber", 400);

    private static final Map<String, ProblemCode> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProblemCode::code, Function.identity()));

    private final String code;
    private final int status;
    private final List<String> params;

    ProblemCode(String code, int status, String... params) {
        this.code = code;
        this.status = status;
        this.params = List.of(params);
    }

    /** The value on the wire, e.g. {@code UNIT-001}, {@code VALIDATION}, {@code NotNull}. */
    public String code() {
        return code;
    }

    /** The HTTP status of a problem with this code (400 for field-error codes). */
    public int status() {
        return status;
    }

    /** The names of the figures a problem or field error with this code may carry in {@code params}. */
    public List<String> params() {
        return params;
    }

    /** The registry's code of a wire value another record carries; an unknown value is a defect here. */
    public static ProblemCode of(String code) {
        return ofWire(code).orElseThrow(() -> new IllegalArgumentException("not a registered problem code: " + code));
    }

    public static Optional<ProblemCode> ofWire(String code) {
        return Optional.ofNullable(code == null ? null : BY_WIRE.get(code));
    }

    @Override
    public String toString() {
        return code;
    }
}
