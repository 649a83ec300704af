package se.sodertalje.euportal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void spellingsOfOneNameShouldShareAKey() {
        assertEquals(NameKey.of("UNIVERSITY OF BRISTOL"), NameKey.of("The University of Bristol"));
        assertEquals(NameKey.of("VAXJO KOMMUN"), NameKey.of("Växjö kommun"));
        assertEquals(NameKey.of("Acme GmbH"), NameKey.of("ACME"));
        assertEquals(NameKey.of("Fraunhofer-Gesellschaft e.V."), NameKey.of("FRAUNHOFER GESELLSCHAFT EV"));
        assertEquals(NameKey.of("Københavns Kommune"), NameKey.of("KOBENHAVNS KOMMUNE"));
        assertEquals("telge energi", NameKey.of("Telge Energi AB (publ)"));
        assertNotEquals(NameKey.of("Lunds kommun"), NameKey.of("Lunds universitet"));
    }

    @Test
    void aNameOfLegalFormWordsOnlyShouldKeepItsWords() {
        assertEquals("ab", NameKey.of("AB"));
    }

    @Test
    void nearIdenticalNamesAreOneEditPerTwelveCharactersApart() {
        assertTrue(DuplicateRules.nearIdentical(NameKey.of("Halmstads kommun"), NameKey.of("Halmstad kommun")));
        assertTrue(DuplicateRules.nearIdentical(NameKey.of("Technische Universitaet Wien"),
                NameKey.of("Technische Universität Wien")));
        assertFalse(DuplicateRules.nearIdentical(NameKey.of("Halmstads kommun"), NameKey.of("Halmstads universitet")));
        assertFalse(DuplicateRules.nearIdentical(NameKey.of("Stad Gent"), NameKey.of("Stad Genk")),
                "short names one letter apart are as likely two places");
        assertFalse(DuplicateRules.nearIdentical(NameKey.of("Universita di Pisa"), NameKey.of("Universita di Pavia")));
        // 24 characters allow two edits, not three.
        assertTrue(DuplicateRules.nearIdentical("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvXY"));
        assertFalse(DuplicateRules.nearIdentical("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuXYZ"));
    }

    @Test
    void editDistanceShouldCountInsertionsDeletionsAndSubstitutions() {
        assertEquals(3, DuplicateRules.editDistance("kitten", "sitting", 5));
        assertEquals(0, DuplicateRules.editDistance("same", "same", 1));
        assertEquals(2, DuplicateRules.editDistance("abcdef", "zzzzzz", 1), "gives up at limit + 1");
    }
}
