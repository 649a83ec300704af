package se.sodertalje.euportal.workplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.sodertalje.euportal.budget.Money;

/**
 * The office's project-financed share (policy part 2, Resurser): project income ÷ (municipal grant +
 * company grants + project income) × 100, half-up to two decimals; and the project income the
 * target share asks for at the same total, half-up to the cent.
 */
public final class ProjectFinancedShare {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProjectFinancedShare() {
    }

    /** All sources added up, to the cent. */
    public static BigDecimal total(BigDecimal municipalGrant, BigDecimal companyGrants, BigDecimal projectIncome) {
        return Money.halfUp(municipalGrant.add(companyGrants).add(projectIncome));
    }

    /** The share in percent, two decimals; null when there is no financing at all. */
    public static BigDecimal percent(BigDecimal municipalGrant, BigDecimal companyGrants, BigDecimal projectIncome) {
        BigDecimal total = total(municipalGrant, companyGrants, projectIncome);
        if (total.signum() == 0) {
            return null;
        }
        return projectIncome.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }

    /** The project income at which the share would meet the target, at the same total; null without a target. */
    public static BigDecimal incomeAtTarget(BigDecimal total, BigDecimal targetPercent) {
        if (targetPercent == null) {
            return null;
        }
        return total.multiply(targetPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
