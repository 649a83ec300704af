package se.sodertalje.euportal.common.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.ApiProblem;

class ETagsTest {

    @Test
    void theQuotedVersionShouldPassAloneOrInAList() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"2\", \"3\"", 3));
    }

    @Test
    void aStaleVersionShouldGive412() {
        assertEquals(412, assertThrows(ApiProblem.class, () -> ETags.requireMatch("\"2\"", 3)).status());
        assertEquals(412, assertThrows(ApiProblem.class, () -> ETags.requireMatch("W/\"0\"", 3)).status());
    }

    @Test
    void aWeakTagOrABareNumberShouldNeverMatch() { // RFC 9110 13.1.1: If-Match compares strongly
        assertEquals(412, assertThrows(ApiProblem.class, () -> ETags.requireMatch("W/\"3\"", 3)).status());
        assertEquals(412, assertThrows(ApiProblem.class, () -> ETags.requireMatch("3", 3)).status());
    }

    @Test
    void noVersionOrAWildcardShouldGive428() {
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requireMatch("*", 3)).status());
    }
}
