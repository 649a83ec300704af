package se.sodertalje.euportal.common;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as people in Södertälje read it in a document: Stockholm's wall clock with the zone said, e.g.
 * "2026-12-08 01:05 CET" ("CEST" in summer), so a reader abroad or an auditor years later need not guess the zone.
 */
public final class StockholmTime {

    // The zone's English abbreviation (CET/CEST) in every language: the Swedish names are not abbreviated.
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH)
            .withZone(Clocks.STOCKHOLM);

    private StockholmTime() {
    }

    /** @return e.g. "2026-12-08 01:05 CET"; the caller says what a missing moment reads as */
    public static String format(Instant at) {
        return FORMAT.format(at);
    }
}
