package se.sodertalje.euportal.readiness;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * One thing a step still needs: a stable code, the field to fix (as a refusal names it), the
 * section of the record where it is fixed, a sentence for the user, whether it blocks the step
 * (an advised item is shown, never refused), and the figures of the sentence as the code's
 * problem carries them (params), so the SPA says the same as when the step is refused.
 */
@Schema(requiredProperties = {"code", "field", "section", "message", "blocking", "about"})
public record ReadinessItem(
        @Schema(description = "Stable code of the registry (ProblemCode), e.g. READINESS-001 (no call), "
                + "BUDGET-017, PARTNERSHIP-004") String code,
        @Schema(description = "The field to fix, as a refused step's errors[] name it, e.g. periodEnd, budget.lines")
        String field,
        Section section,
        String message,
        @Schema(description = "false for advice that never refuses the step (e.g. work packages)") boolean blocking,
        @Schema(nullable = true, description = "What the item is about, for the user's words: the last eligible day "
                + "(READINESS-004), the line's supplier and invoice (REPORT-013)") String about,
        // Its schema is FieldError's params' (ProblemResponsesFilter).
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> params) {

    public ReadinessItem {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Where in the record an item is fixed; the SPA links each to its place. */
    public enum Section {
        CALL, PERIOD, DESCRIPTION, WORK_PACKAGES, PARTNERSHIP, BUDGET, REPORT_CONTENT, EXPENDITURE, REPORTS
    }

    public static ReadinessItem blocking(ProblemCode code, String field, Section section, String message) {
        return new ReadinessItem(code.code(), field, section, message, true, null, Map.of());
    }

    public static ReadinessItem advised(ProblemCode code, String field, Section section, String message) {
        return new ReadinessItem(code.code(), field, section, message, false, null, Map.of());
    }

    public ReadinessItem about(String what) {
        return new ReadinessItem(code, field, section, message, blocking, what, params);
    }

    /** The figures of the message by the names the registry gives the code (e.g. PARTNERSHIP-003: max, count). */
    public ReadinessItem params(Map<String, ?> figures) {
        return new ReadinessItem(code, field, section, message, blocking, about, Map.copyOf(figures));
    }

    /** As a refused step names it in its problem's errors[], figures included. */
    public FieldError asFieldError() {
        return new FieldError(field, message, code, params);
    }
}
