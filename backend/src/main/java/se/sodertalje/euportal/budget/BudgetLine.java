package se.sodertalje.euportal.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.CostCategory;

/**
 * A typed line of a budget: partner × category × period, one of the {@link LineKind}s. Which
 * amount fields a line needs depends on its kind (checked by {@link BudgetValidator}). The
 * annotations state the contract; {@link LineShape} enforces them, since Bean Validation is not
 * cascaded into a budget's lines (too slow for thousands of them).
 */
@Schema(requiredProperties = {"id", "partnerId", "category", "period", "kind", "currency"})
public record BudgetLine(
        @NotBlank @Size(max = 40) @Schema(description = "The line's own key, kept across versions (e.g. a UUID)") String id,
        @NotNull @Schema(description = "The organisation in the application's partnership") UUID partnerId,
        @NotNull CostCategory category,
        @Schema(description = "Reporting period, 1 for the first") int period,
        @NotNull LineKind kind,
        @NotNull Currency currency,
        @Size(max = 500) @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "REAL_COST or LUMP_SUM: the amount") BigDecimal amount,
        @Schema(nullable = true, description = "REAL_COST (with unitPrice) or UNIT_COST: how many") BigDecimal quantity,
        @Schema(nullable = true, description = "REAL_COST or UNIT_COST: the price of one") BigDecimal unitPrice,
        @Schema(nullable = true, description = "STAFF_HOURLY: the latest documented annual gross employment cost")
        BigDecimal annualGrossCost,
        @Schema(nullable = true, description = "STAFF_HOURLY, instead of annualGrossCost: the monthly salary")
        BigDecimal monthlySalary,
        @Schema(nullable = true, description = "STAFF_HOURLY: employment rate in percent, 100 when omitted")
        BigDecimal employmentPercent,
        @Schema(nullable = true, description = "STAFF_HOURLY: hours worked on the project") BigDecimal hours,
        @Schema(nullable = true, description = "EXTERNAL_EXPERTISE: true when the work is subcontracted (outside the "
                + "base of Horizon Europe's indirect flat rate)") Boolean subcontracting) {

    /** Whether the line is a subcontract (a missing flag is not). */
    public boolean subcontracted() {
        return Boolean.TRUE.equals(subcontracting);
    }
}
