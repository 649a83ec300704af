package se.sodertalje.euportal.workplan;

import java.time.LocalDate;
import java.time.MonthDay;

/** The municipal cycle's follow-up periods: T1 to 30 April, T2 to 31 August, T3 to the year's end. */
public enum Tertial {
    T1(MonthDay.of(4, 30)), T2(MonthDay.of(8, 31)), T3(MonthDay.of(12, 31));

    private final MonthDay end;

    Tertial(MonthDay end) {
        this.end = end;
    }

    public LocalDate endIn(int year) {
        return end.atYear(year);
    }

    /** The tertial before, or null for T1 (a year's first follow-up has no trend). */
    public Tertial previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
