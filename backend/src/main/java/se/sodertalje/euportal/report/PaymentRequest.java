package se.sodertalje.euportal.report;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The funder's payment of a claim sent to it. */
@Schema(requiredProperties = {"paidAmount", "paidOn"})
public record PaymentRequest(
        @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2)
        @Schema(description = "In the budget's currency") BigDecimal paidAmount,
        @NotNull @Schema(implementation = String.class, format = "date") LocalDate paidOn) {
}
