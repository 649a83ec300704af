package se.sodertalje.euportal.workplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The office's project-financed share, worked by hand to the cent. */
class ProjectFinancedShareTest {

    private static BigDecimal sek(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void shareShouldBeProjectIncomeOverAllSourcesHalfUpToTwoDecimals() {
        // 1 234 567.89 + 250 000.10 + 765 432.01 = 2 250 000.00; 765 432.01 × 100 ÷ 2 250 000.00 = 34.0192… → 34.02
        assertEquals(sek("2250000.00"), ProjectFinancedShare.total(sek("1234567.89"), sek("250000.10"), sek("765432.01")));
        assertEquals(sek("34.02"), ProjectFinancedShare.percent(sek("1234567.89"), sek("250000.10"), sek("765432.01")));
        // 40 % of 2 250 000.00 = 900 000.00: 134 567.99 more project income would meet the target.
        assertEquals(sek("900000.00"), ProjectFinancedShare.incomeAtTarget(sek("2250000.00"), sek("40.00")));
    }

    @Test
    void aHalfCentOfPercentShouldRoundUp() {
        // 1.00 × 100 ÷ 8.00 = 12.5 exactly; 1 ÷ 16 × 100 = 6.25; 1 ÷ 800 × 100 = 0.125 → 0.13 (half up)
        assertEquals(sek("12.50"), ProjectFinancedShare.percent(sek("5.00"), sek("2.00"), sek("1.00")));
        assertEquals(sek("0.13"), ProjectFinancedShare.percent(sek("799.00"), sek("0.00"), sek("1.00")));
        // 33.333…% of 100.01 = 33.3366… → 33.34 at the cent
        assertEquals(sek("33.34"), ProjectFinancedShare.incomeAtTarget(sek("100.01"), sek("33.34")));
    }

    @Test
    void onlyProjectIncomeIsAHundredAndNothingAtAllHasNoShare() {
        assertEquals(sek("100.00"), ProjectFinancedShare.percent(sek("0.00"), sek("0.00"), sek("0.01")));
        assertNull(ProjectFinancedShare.percent(sek("0.00"), sek("0.00"), sek("0.00")));
        assertNull(ProjectFinancedShare.incomeAtTarget(sek("100.00"), null));
    }
}
