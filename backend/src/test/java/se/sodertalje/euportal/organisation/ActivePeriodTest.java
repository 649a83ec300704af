package se.sodertalje.euportal.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivePeriodTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void shouldCoverBothEndsInclusive() {
        assertTrue(new ActivePeriod(DAY, DAY).covers(DAY));
        assertFalse(new ActivePeriod(DAY.plusDays(1), null).covers(DAY));
        assertFalse(new ActivePeriod(null, DAY.minusDays(1)).covers(DAY));
    }

    @Test
    void openEndsShouldMeanAlwaysAndUntilFurtherNotice() {
        assertTrue(new ActivePeriod(null, null).covers(DAY));
        assertTrue(new ActivePeriod(LocalDate.of(2020, 1, 1), null).covers(DAY));
        assertTrue(new ActivePeriod(null, LocalDate.of(2030, 1, 1)).covers(DAY));
    }

    @Test
    void shouldRejectAPeriodEndingBeforeItStarts() {
        assertFalse(new ActivePeriod(DAY, DAY.minusDays(1)).isValid());
        assertTrue(new ActivePeriod(DAY, DAY).isValid());
        assertTrue(new ActivePeriod(null, DAY).isValid());
    }
}
