package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.CostCategory;

/** Two versions of a budget side by side, line by line (lines are matched by their id). */
@Schema(requiredProperties = {"from", "to", "lines", "partners", "fromTotal", "toTotal", "fromEuShare", "toEuShare"})
public record BudgetComparison(
        @Schema(description = "Version number, 0 for the draft") int from,
        int to,
        List<LineChange> lines,
        List<PartnerChange> partners,
        BigDecimal fromTotal,
        BigDecimal toTotal,
        BigDecimal fromEuShare,
        BigDecimal toEuShare) {

    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    @Schema(name = "BudgetLineChange", requiredProperties = {"lineId", "change", "partnerId", "category", "period",
            "description", "fromAmount", "toAmount", "difference"})
    public record LineChange(String lineId, Change change, UUID partnerId, CostCategory category, int period,
            @Schema(nullable = true) String description, @Schema(nullable = true) BigDecimal fromAmount,
            @Schema(nullable = true) BigDecimal toAmount, BigDecimal difference) {
    }

    @Schema(name = "BudgetPartnerChange", requiredProperties = {"partnerId", "fromTotal", "toTotal", "fromEuShare",
            "toEuShare"})
    public record PartnerChange(UUID partnerId, BigDecimal fromTotal, BigDecimal toTotal, BigDecimal fromEuShare,
            BigDecimal toEuShare) {
    }
}
