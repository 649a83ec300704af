package se.sodertalje.euportal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TypeAheadQueryTest {

    @Test
    void everyTypedWordShouldBecomeAPrefix() {
        assertEquals("gröna:* & sko:*", TypeAheadQuery.of("Gröna sko"));
        assertEquals("horizon:* & cl5:* & 2026:*", TypeAheadQuery.of("HORIZON-CL5-2026"));
    }

    @Test
    void operatorsAndQuotesShouldNotReachTheQuery() {
        assertEquals("a:* & b:*", TypeAheadQuery.of("a & !b:*'"));
        assertNull(TypeAheadQuery.of(" -&| "));
        assertNull(TypeAheadQuery.of(null));
    }

    @Test
    void openAndForthcomingTogetherShouldBeEveryCallNotYetClosedNorCancelled() {
        assertEquals("(c.closes_at > :now and not c.cancelled)", CallSearch.statusClause(CallSearch.DEFAULT_STATUSES));
        assertNull(CallSearch.statusClause(EnumSet.allOf(CallStatus.class)));
        assertEquals("((c.closes_at <= :now or c.cancelled))", CallSearch.statusClause(EnumSet.of(CallStatus.CLOSED)));
    }
}
