package se.sodertalje.euportal.budget;

import java.math.BigDecimal;

/**
 * Staff cost from an hourly rate (CPR art. 55(2)): the latest documented annual gross employment
 * cost ÷ 1 720 hours, pro rata for part time (the 1 720 hours shrink with the employment rate),
 * times the hours worked on the project. Tillväxtverket's variant takes the monthly salary × 12
 * as the annual cost. Rounded half-up to the cent once, at the end; the hourly rate itself is
 * never rounded first.
 */
public final class StaffCost {

    public static final BigDecimal ANNUAL_HOURS = new BigDecimal("1720");

    private StaffCost() {
    }

    /** @param employmentPercent 100 for full time, 50 for half time */
    public static BigDecimal fromAnnualCost(BigDecimal annualGrossCost, BigDecimal employmentPercent, BigDecimal hours) {
        BigDecimal yearlyHours = ANNUAL_HOURS.multiply(employmentPercent).divide(Money.HUNDRED, Money.EXACT);
        return Money.halfUp(annualGrossCost.multiply(hours).divide(yearlyHours, Money.EXACT));
    }

    public static BigDecimal fromMonthlySalary(BigDecimal monthlySalary, BigDecimal employmentPercent, BigDecimal hours) {
        return fromAnnualCost(monthlySalary.multiply(BigDecimal.valueOf(12)), employmentPercent, hours);
    }
}
