package se.sodertalje.euportal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The share of decided applications that were granted: granted ÷ (granted + rejected), in percent. */
public final class SuccessRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SuccessRate() {
    }

    /**
     * granted × 100 ÷ (granted + rejected), rounded half-up to two decimals; null when nothing is
     * decided yet (pending, withdrawn and draft applications are not decisions).
     */
    public static BigDecimal percent(long granted, long rejected) {
        if (granted < 0 || rejected < 0) {
            throw new IllegalArgumentException("granted " + granted + ", rejected " + rejected);
        }
        long decided = granted + rejected;
        if (decided == 0) {
            return null;
        }
        return BigDecimal.valueOf(granted).multiply(HUNDRED).divide(BigDecimal.valueOf(decided), 2, RoundingMode.HALF_UP);
    }
}
