package se.sodertalje.euportal.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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

    /** One reporting period: its number (1 for the first) and its first and last day. */
    public record Period(int number, LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * The periods themselves, as {@link #count} counts them: each starts on the first of a month
     * (the first on the project's start) and the last ends on the project's end. 15 March to
     * 14 September 2027 with 6-month periods: 15 March – 31 August, 1 – 14 September.
     */
    public static List<Period> of(LocalDate start, LocalDate end, int monthsPerPeriod) {
        int count = count(start, end, monthsPerPeriod);
        List<Period> periods = new ArrayList<>(count);
        LocalDate firstMonth = count == 0 ? null : start.withDayOfMonth(1);
        for (int k = 1; k <= count; k++) {
            LocalDate from = k == 1 ? start : firstMonth.plusMonths((long) (k - 1) * monthsPerPeriod);
            LocalDate to = k == count ? end : firstMonth.plusMonths((long) k * monthsPerPeriod).minusDays(1);
            periods.add(new Period(k, from, to));
        }
        return periods;
    }
}
