package se.sodertalje.euportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActReferenceTest {

    @Test
    void celexNumbersAndLinksShouldPassAndLinkToTheAct() {
        for (String celex : new String[] {"32016R0679", "52020DC0102", "32023L0970", "62019CJ0311", "32016R0679R(02)",
                "02016R0679-20160504"}) {
            assertTrue(ActReference.isValid(celex), celex);
        }
        assertEquals("https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:32016R0679", ActReference.url("32016R0679"));
        assertTrue(ActReference.isValid("https://eur-lex.europa.eu/eli/reg/2016/679/oj"));
        assertEquals("https://eur-lex.europa.eu/eli/reg/2016/679/oj", ActReference.url("https://eur-lex.europa.eu/eli/reg/2016/679/oj"));
    }

    @Test
    void anythingElseShouldBeRefused() {
        for (String bad : new String[] {"", "GDPR", "2016/679", "32016r0679", "3201R0679", "ftp://eur-lex.europa.eu/x",
                "https://", "javascript:alert(1)", "eur-lex.europa.eu/eli/reg/2016/679/oj"}) {
            assertFalse(ActReference.isValid(bad), bad);
        }
        assertFalse(ActReference.isValid(null));
    }
}
