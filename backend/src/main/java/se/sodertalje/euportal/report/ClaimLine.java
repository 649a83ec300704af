package se.sodertalje.euportal.report;

import java.math.BigDecimal;
import java.util.UUID;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.programme.CostCategory;

/**
 * An expenditure line as the claim rules see it. Its eligible amount leaves out VAT the partner
 * gets back (recoverable VAT is not eligible, CPR art. 64(1)(c)).
 */
public record ClaimLine(String id, UUID partnerId, CostCategory category, BigDecimal amount, Currency currency,
        BigDecimal vatAmount, boolean vatRecoverable) {

    public BigDecimal eligible() {
        return vatRecoverable && vatAmount != null ? amount.subtract(vatAmount) : amount;
    }

    public static ClaimLine of(Expenditure e) {
        return new ClaimLine(e.id.toString(), e.partnerId, e.category, e.amount, e.currency, e.vatAmount, e.vatRecoverable);
    }
}
