package se.sodertalje.euportal.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many reporting periods a project has: its months (a started month counts) divided by the
 * programme's period length, the last period possibly shorter. 1 March 2027 to 28 February 2029
 * with 6-month periods: 24 months, 4 periods; to 31 March 2029: 25 months, 5 periods.
 */
public final class ReportingPeriods {

    private ReportingPeriods() {
    }

    /** 0 when the period is not known yet. */
    public static int count(LocalDate start, LocalDate end, int monthsPerPeriod) {
        if (start == null || end == null || end.isBefore(start) || monthsPerPeriod < 1) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
        return (int) ((months + monthsPerPeriod - 1) / monthsPerPeriod);
    }
}
