package se.sodertalje.euportal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.programme.CostCategory;

/** An expenditure line with its eligible amount and its evidence count. */
@Schema(requiredProperties = {"id", "reportId", "partnerId", "category", "spentOn", "supplier", "description",
        "invoiceNumber", "paidOn", "amount", "currency", "vatAmount", "vatRecoverable", "eligible", "evidenceCount",
        "version"})
public record ExpenditureView(UUID id, UUID reportId, UUID partnerId, CostCategory category,
        @Schema(implementation = String.class, format = "date") LocalDate spentOn, String supplier, String description,
        @Schema(nullable = true) String invoiceNumber,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate paidOn,
        BigDecimal amount, Currency currency, BigDecimal vatAmount, boolean vatRecoverable,
        @Schema(description = "The amount without recoverable VAT, in the line's currency") BigDecimal eligible,
        long evidenceCount, long version) {

    static ExpenditureView of(Expenditure e, long evidenceCount) {
        return new ExpenditureView(e.id, e.reportId, e.partnerId, e.category, e.spentOn, e.supplier, e.description,
                e.invoiceNumber, e.paidOn, e.amount, e.currency, e.vatAmount, e.vatRecoverable, ClaimLine.of(e).eligible(),
                evidenceCount, e.version);
    }
}
