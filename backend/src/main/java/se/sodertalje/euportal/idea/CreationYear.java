package se.sodertalje.euportal.idea;

import java.time.Instant;
import java.time.LocalDate;
import se.sodertalje.euportal.common.Clocks;

/**
 * A calendar year as an instant range in Stockholm time: an idea recorded at 00:30 on 1 January
 * Swedish time belongs to the new year even though it is still 31 December in UTC.
 */
record CreationYear(int year) {

    Instant start() {
        return LocalDate.of(year, 1, 1).atStartOfDay(Clocks.STOCKHOLM).toInstant();
    }

    /** Exclusive. */
    Instant end() {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(Clocks.STOCKHOLM).toInstant();
    }
}
