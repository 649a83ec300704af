package se.sodertalje.euportal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StockholmTimeTest {

    @Test
    void winterIsCetOneHourAheadOfUtc() {
        assertEquals("2026-12-08 01:05 CET", StockholmTime.format(Instant.parse("2026-12-08T00:05:00Z")));
    }

    @Test
    void summerIsCestTwoHoursAheadOfUtc() {
        assertEquals("2026-07-01 14:30 CEST", StockholmTime.format(Instant.parse("2026-07-01T12:30:00Z")));
    }

    @Test
    void lateEveningUtcIsTheNextDayInStockholm() {
        assertEquals("2026-12-09 00:30 CET", StockholmTime.format(Instant.parse("2026-12-08T23:30:00Z")));
        assertEquals("2026-06-10 01:30 CEST", StockholmTime.format(Instant.parse("2026-06-09T23:30:00Z")));
    }

    @Test
    void theNightClocksGoForwardChangesTheZoneAtThreeOClock() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST.
        assertEquals("2026-03-29 01:59 CET", StockholmTime.format(Instant.parse("2026-03-29T00:59:00Z")));
        assertEquals("2026-03-29 03:00 CEST", StockholmTime.format(Instant.parse("2026-03-29T01:00:00Z")));
    }
}
