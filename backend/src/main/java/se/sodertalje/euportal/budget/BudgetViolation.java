package se.sodertalje.euportal.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A broken budget rule: its stable code, the offending field (and line), and what is wrong. */
@Schema(requiredProperties = {"code", "field", "lineId", "message"})
public record BudgetViolation(
        @Schema(description = "BUDGET-001 … BUDGET-017 (see BudgetValidator and BudgetService)") String code,
        @Schema(description = "JSON path in the budget, e.g. lines[3].amount or partners[0].euRatePercent") String field,
        @Schema(nullable = true, description = "The line's id when the violation is a line's") String lineId,
        String message) {
}
