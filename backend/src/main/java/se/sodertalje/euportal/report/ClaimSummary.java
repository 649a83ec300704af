package se.sodertalje.euportal.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.budget.BudgetCategory;
import se.sodertalje.euportal.budget.Currency;

/**
 * A financial report's figures in the granted budget's currency: this claim and the project's
 * claims so far per category (flat rates derived as in the budget) against the granted budget,
 * overspend warnings, the EU amount claimed, and the eligible total in EUR.
 */
@Schema(requiredProperties = {"currency", "categories", "partners", "warnings", "eligibleTotal", "euClaimed",
        "rateMissing"})
public record ClaimSummary(
        Currency currency,
        List<CategoryRow> categories,
        List<PartnerRow> partners,
        List<Overspend> warnings,
        @Schema(description = "This report's eligible expenditure with its flat rates") BigDecimal eligibleTotal,
        @Schema(description = "The EU share of it at each partner's granted rate, rounded down") BigDecimal euClaimed,
        @Schema(nullable = true, description = "This report's eligible expenditure in EUR; null without a rate")
        BigDecimal eligibleTotalEur,
        @Schema(nullable = true, description = "Units of SEK per EUR used (the frozen rate, or this month's)")
        BigDecimal unitsPerEur,
        @Schema(description = "Lines in another currency than the budget's could not be converted for want of a rate")
        boolean rateMissing) {

    @Schema(name = "ClaimCategoryRow", requiredProperties = {"category", "granted", "claimedBefore", "thisReport",
            "cumulative", "remaining"})
    public record CategoryRow(BudgetCategory category, BigDecimal granted, BigDecimal claimedBefore, BigDecimal thisReport,
            BigDecimal cumulative, @Schema(description = "granted − cumulative; negative when overspent") BigDecimal remaining) {
    }

    @Schema(name = "ClaimPartnerRow", requiredProperties = {"partnerId", "granted", "thisReport", "cumulative",
            "euClaimed"})
    public record PartnerRow(UUID partnerId, BigDecimal granted, BigDecimal thisReport, BigDecimal cumulative,
            BigDecimal euClaimed) {
    }

    /** A category (for the project, or for one partner) claimed beyond its granted amount. */
    @Schema(requiredProperties = {"category", "granted", "cumulative", "over"})
    public record Overspend(@Schema(nullable = true, implementation = String.class, format = "uuid") UUID partnerId,
            BudgetCategory category, BigDecimal granted, BigDecimal cumulative, BigDecimal over) {
    }
}
