package se.sodertalje.euportal.report;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.programme.CostCategory;

/** An expenditure line of a financial report. */
@Schema(requiredProperties = {"partnerId", "category", "spentOn", "supplier", "description", "amount", "currency",
        "vatRecoverable"})
public record ExpenditureRequest(
        @NotNull @Schema(description = "An organisation of the project's partnership") UUID partnerId,
        @NotNull CostCategory category,
        @NotNull @Schema(implementation = String.class, format = "date", description = "Invoice or cost date") LocalDate spentOn,
        @NotBlank @Size(max = 300) String supplier,
        @NotBlank @Size(max = 1000) String description,
        @Size(max = 100) @Schema(nullable = true) String invoiceNumber,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate paidOn,
        @NotNull @Positive @Digits(integer = 13, fraction = 2) @Schema(description = "Including VAT") BigDecimal amount,
        @NotNull Currency currency,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(nullable = true, description = "The VAT in the amount")
        BigDecimal vatAmount,
        @NotNull @Schema(description = "VAT the partner gets back is not eligible") Boolean vatRecoverable) {
}
