package se.sodertalje.euportal.project;

import java.time.LocalDate;

/**
 * A new project's report deadlines (its periods are {@link se.sodertalje.euportal.budget.ReportingPeriods}):
 * each report due two months after its period ends. Two months is our starting point (Tillväxtverket
 * and the Interreg programmes ask for a period's claim within a few months); advisors set the
 * funder's actual dates.
 */
public final class ReportingSchedule {

    static final int MONTHS_TO_REPORT = 2;

    private ReportingSchedule() {
    }

    /** The deadline of a period's reports. */
    public static LocalDate dueAfter(LocalDate periodEnd) {
        return periodEnd.plusMonths(MONTHS_TO_REPORT);
    }
}
