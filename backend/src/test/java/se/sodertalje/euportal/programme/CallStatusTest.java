package se.sodertalje.euportal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void datesShouldDecideWhereKnown() {
        assertEquals(CallStatus.CLOSED, CallStatus.of(null, NOW, CallStatus.OPEN, NOW));
        assertEquals(CallStatus.FORTHCOMING, CallStatus.of(NOW.plusSeconds(1), NOW.plusSeconds(60), CallStatus.OPEN, NOW));
        assertEquals(CallStatus.OPEN, CallStatus.of(NOW, NOW.plusSeconds(60), CallStatus.FORTHCOMING, NOW));
    }

    @Test
    void withoutAnOpeningDateTheFundersAnnouncementShouldDecideUntilTheDeadline() {
        assertEquals(CallStatus.FORTHCOMING, CallStatus.of(null, NOW.plusSeconds(60), CallStatus.FORTHCOMING, NOW));
        assertEquals(CallStatus.OPEN, CallStatus.of(null, NOW.plusSeconds(60), CallStatus.CLOSED, NOW));
    }
}
