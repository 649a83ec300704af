package se.sodertalje.euportal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    @Test
    void recordsAreKeptFromTheEndOfTheYearOfTheLastPayment() {
        assertEquals(LocalDate.of(2032, 12, 31), RetentionRules.keptUntil(LocalDate.of(2027, 3, 10), 5));
        assertEquals(LocalDate.of(2032, 12, 31), RetentionRules.keptUntil(LocalDate.of(2027, 12, 31), 5),
                "a payment on New Year's Eve counts from that same day");
        assertEquals(LocalDate.of(2033, 12, 31), RetentionRules.keptUntil(LocalDate.of(2028, 1, 1), 5));
    }

    @Test
    void stateAidKeepsThemTenYears() {
        assertEquals(10, RetentionRules.years(true, 5, 10));
        assertEquals(5, RetentionRules.years(false, 5, 10));
        assertEquals(LocalDate.of(2037, 12, 31), RetentionRules.keptUntil(LocalDate.of(2027, 3, 10),
                RetentionRules.years(true, 5, 10)));
    }

    @Test
    void documentsGoOnlyAfterTheRetentionDate() {
        LocalDate until = LocalDate.of(2032, 12, 31);
        assertFalse(RetentionRules.mayDelete(until, LocalDate.of(2032, 12, 31)));
        assertTrue(RetentionRules.mayDelete(until, LocalDate.of(2033, 1, 1)));
        assertFalse(RetentionRules.mayDelete(null, LocalDate.of(2099, 1, 1)), "no date yet: not closed");
    }
}
