package se.sodertalje.euportal.dashboard;

import java.math.BigDecimal;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.Money;

/** An amount in its budget's currency brought to SEK at the budget's own planning rate (SEK per 1 EUR). */
final class SekAmount {

    private SekAmount() {
    }

    /** The amount in SEK, rounded half-up to the cent; null when an EUR amount has no planning rate to convert at. */
    static BigDecimal of(BigDecimal amount, Currency currency, BigDecimal sekPerEur) {
        if (amount == null) {
            return Money.ZERO;
        }
        if (currency == Currency.SEK) {
            return Money.halfUp(amount);
        }
        if (sekPerEur == null || sekPerEur.signum() <= 0) {
            return null;
        }
        return Money.convert(amount, Currency.EUR, Currency.SEK, sekPerEur);
    }
}
