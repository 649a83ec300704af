package se.sodertalje.euportal.organisation;

import java.time.LocalDate;

/** A contact person's active period; an open end means "since always" or "until further notice". */
public record ActivePeriod(LocalDate from, LocalDate to) {

    /** Whether the period includes the given day (both ends inclusive). */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** A period must not end before it starts. */
    public boolean isValid() {
        return from == null || to == null || !to.isBefore(from);
    }
}
