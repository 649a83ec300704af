package se.sodertalje.euportal.idea;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The share of ideas whose EU-funding screening is recorded, as the follow-up of policy 2.d.iii reports it. */
public final class ScreeningRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScreeningRate() {
    }

    /**
     * screened / ideas × 100, rounded half-up to two decimals; null when there are no ideas, since
     * a rate of nothing is unknown rather than 0 % or 100 %.
     */
    public static BigDecimal percent(long screened, long ideas) {
        if (ideas < 0 || screened < 0 || screened > ideas) {
            throw new IllegalArgumentException("screened " + screened + " of " + ideas + " ideas");
        }
        if (ideas == 0) {
            return null;
        }
        return BigDecimal.valueOf(screened).multiply(HUNDRED).divide(BigDecimal.valueOf(ideas), 2, RoundingMode.HALF_UP);
    }
}
