package se.sodertalje.euportal.budget;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a budget says: its currency, the planning rate, each partner's plan and the typed lines. */
@Schema(requiredProperties = {"currency", "partners", "lines"})
public record BudgetContent(
        @NotNull @Schema(description = "The currency totals are kept in") Currency currency,
        @Schema(nullable = true, description = "Planning rate: SEK per 1 EUR, e.g. 11.4830; needed when lines are in both currencies")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 6) BigDecimal sekPerEur,
        @NotNull @Size(max = 100) List<@Valid @NotNull PartnerPlan> partners,
        @NotNull @Size(max = 20000) @Schema(description = "Each line's own fields are checked by LineShape")
        List<@NotNull BudgetLine> lines) {
}
