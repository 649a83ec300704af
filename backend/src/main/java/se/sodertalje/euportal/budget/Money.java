package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rounding rules of docs/domain.md ("Money rules"), in one place: flat rates and the EU share round
 * down to the cent (so a cap is never exceeded), conversions and staff costs round half-up.
 */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Room for exact intermediate results before the one rounding at the end. */
    static final MathContext EXACT = MathContext.DECIMAL128;

    private Money() {
    }

    /** percent % of base, rounded down to the cent: a flat rate, or the EU share. */
    public static BigDecimal percentDown(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    public static BigDecimal halfUp(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * An amount in one currency in the other, at a rate quoted as SEK per 1 EUR (as InforEuro
     * quotes it, e.g. 11.4830), rounded half-up to the cent.
     */
    public static BigDecimal convert(BigDecimal amount, Currency from, Currency to, BigDecimal sekPerEur) {
        if (from == to) {
            return halfUp(amount);
        }
        return from == Currency.SEK ? amount.divide(sekPerEur, 2, RoundingMode.HALF_UP) : halfUp(amount.multiply(sekPerEur));
    }
}
