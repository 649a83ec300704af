package se.sodertalje.euportal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void aPicIsNineDigits() {
        assertEquals("999886574", Pic.normalise(" 999 886 574 "));
        assertTrue(Pic.valid("999886574"));
        assertFalse(Pic.valid("99988657"));
        assertFalse(Pic.valid("9998865740"));
        assertFalse(Pic.valid("99988657A"));
        assertNull(Pic.normalise("  "));
    }

    @Test
    void aVatNumberIsAPrefixAndTwoToThirteenLettersOrDigits() {
        assertEquals("SE212000018101", VatNumber.normalise("se 212000-0181 01"));
        assertEquals("EL094014201", VatNumber.normalise("EL.094.014.201"));
        assertTrue(VatNumber.valid("SE212000018101"));
        assertTrue(VatNumber.valid("NL123456789B01"));
        assertFalse(VatNumber.valid("212000018101"));
        assertFalse(VatNumber.valid("SE1"));
        assertFalse(VatNumber.valid("SE12345678901234"));
    }

    @Test
    void countriesAreIsoCodesAndTheEusSpellingsAreTranslated() {
        assertTrue(CountryCodes.valid("SE"));
        assertFalse(CountryCodes.valid("XX"));
        assertFalse(CountryCodes.valid("UK"));
        assertEquals("GB", CountryCodes.fromEuSource("UK"));
        assertEquals("GR", CountryCodes.fromEuSource("el"));
        assertEquals("FI", CountryCodes.fromEuSource("FI"));
    }
}
