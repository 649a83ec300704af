package se.sodertalje.euportal.budget;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * A broken budget rule: its stable code, the offending field (and line), what is wrong in English
 * (for logs and API users) and the figures the rule was checked against as data, so that the SPA
 * writes the sentence in the user's language and number format.
 */
@Schema(requiredProperties = {"code", "field", "lineId", "message", "params"})
public record BudgetViolation(
        @Schema(description = "A BUDGET-0nn code of the registry (ProblemCode in openapi.yaml)") String code,
        @Schema(description = "JSON path in the budget, e.g. lines[3].amount or partners[0].euRatePercent") String field,
        @Schema(nullable = true, description = "The line's id when the violation is a line's") String lineId,
        String message,
        @Schema(description = "The rule's figures by name, amounts as numbers in the budget's currency: BUDGET-007 "
                + "required, total, euShare, actual, missing (required minus actual); BUDGET-001 max (percent); "
                + "BUDGET-006 max (percent); BUDGET-011 periods; BUDGET-004/005 category; BUDGET-010 currency; "
                + "BUDGET-014 euShare, granted. Empty when the rule has none") Map<String, Object> params) {

    public BudgetViolation {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public BudgetViolation(ProblemCode code, String field, String lineId, String message, Map<String, Object> params) {
        this(code.code(), field, lineId, message, params);
    }

    /** A violation whose rule has no figures to name. */
    public BudgetViolation(ProblemCode code, String field, String lineId, String message) {
        this(code.code(), field, lineId, message, Map.of());
    }
}
