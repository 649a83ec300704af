package se.sodertalje.euportal.programme;

import se.sodertalje.euportal.common.bounds.Percent;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme's money rules as data (docs/domain.md: a rule set per fund, narrowed by the call, never
 * hard-coded per screen). Checked by {@link RuleSetRules}.
 */
@Schema(requiredProperties = {"costCategories", "flatRates", "maxCoFinancingPercent", "currencyConversion",
        "reportingPeriodMonths", "retentionYears", "stateAidRetentionYears"})
public record RuleSet(
        @NotEmpty @Size(max = 100) Set<@NotNull CostCategory> costCategories,
        @NotNull @Size(max = 100) List<@Valid @NotNull FlatRateLimit> flatRates,
        @NotNull @Percent @Schema(description = "Highest EU share of the eligible costs, in percent") BigDecimal maxCoFinancingPercent,
        @NotNull CurrencyConversion currencyConversion,
        @Schema(description = "Length of a reporting period in months") int reportingPeriodMonths,
        @Schema(description = "Years documents are kept after 31 December of the year of the last payment") int retentionYears,
        @Schema(description = "The same where state aid applies") int stateAidRetentionYears,
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "The last day of eligible expenditure, where the programme has one (CPR art. 63(2): "
                        + "31 December 2029 for the 2021–2027 programmes); a project period must end by then")
        LocalDate eligibleUntil) {
}
