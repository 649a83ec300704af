package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.FlatRateType;

/** A budget's figures as the calculator derives them, in the budget's currency. */
@Schema(requiredProperties = {"currency", "periods", "lines", "flatRates", "cells", "partners", "categories",
        "periodTotals", "total", "euShare", "contributions"})
public record BudgetSummary(
        Currency currency,
        int periods,
        @Schema(description = "Each typed line's amount in the budget's currency") List<LineAmount> lines,
        @Schema(description = "The derived flat-rate amounts, per partner and period") List<FlatRateAmount> flatRates,
        @Schema(description = "Partner × category × period, typed lines and flat rates together") List<Cell> cells,
        List<PartnerTotals> partners,
        List<CategoryTotal> categories,
        List<PeriodTotal> periodTotals,
        BigDecimal total,
        @Schema(description = "The sum of the partners' EU shares") BigDecimal euShare,
        List<ContributionTotal> contributions) {

    @Schema(name = "BudgetLineAmount", requiredProperties = {"lineId", "amount"})
    public record LineAmount(String lineId, BigDecimal amount) {
    }

    @Schema(name = "BudgetFlatRateAmount", requiredProperties = {"partnerId", "period", "type", "category", "base",
            "percent", "amount"})
    public record FlatRateAmount(UUID partnerId, int period, FlatRateType type, BudgetCategory category, BigDecimal base,
            BigDecimal percent, BigDecimal amount) {
    }

    @Schema(name = "BudgetCell", requiredProperties = {"partnerId", "category", "period", "amount"})
    public record Cell(UUID partnerId, BudgetCategory category, int period, BigDecimal amount) {
    }

    @Schema(name = "BudgetPartnerTotals", requiredProperties = {"partnerId", "total", "euRatePercent", "euShare",
            "remainder", "contributions", "contributionsTotal"})
    public record PartnerTotals(UUID partnerId, BigDecimal total, BigDecimal euRatePercent, BigDecimal euShare,
            @Schema(description = "total − euShare: what the contributions must add up to") BigDecimal remainder,
            List<ContributionTotal> contributions, BigDecimal contributionsTotal) {
    }

    @Schema(name = "BudgetCategoryTotal", requiredProperties = {"category", "amount"})
    public record CategoryTotal(BudgetCategory category, BigDecimal amount) {
    }

    @Schema(name = "BudgetPeriodTotal", requiredProperties = {"period", "amount"})
    public record PeriodTotal(int period, BigDecimal amount) {
    }

    @Schema(name = "BudgetContributionTotal", requiredProperties = {"source", "amount"})
    public record ContributionTotal(ContributionSource source, BigDecimal amount) {
    }
}
