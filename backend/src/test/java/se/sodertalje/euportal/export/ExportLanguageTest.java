package se.sodertalje.euportal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Language;

class ExportLanguageTest {

    @Test
    void langWinsThenAnAcceptLanguageOfOursThenTheUsersOwnLanguage() {
        assertEquals(ExportLanguage.SV, ExportLanguage.choose("sv", "en-GB", Language.EN));
        assertEquals(ExportLanguage.EN, ExportLanguage.choose("en", null, Language.SV));
        assertEquals(ExportLanguage.EN, ExportLanguage.choose(null, "en-GB,en;q=0.9", Language.SV));
        assertEquals(ExportLanguage.SV, ExportLanguage.choose(" ", "sv-SE,sv;q=0.9,en;q=0.8", Language.EN));
        assertEquals(ExportLanguage.EN, ExportLanguage.choose(null, null, Language.EN));
        assertEquals(ExportLanguage.EN, ExportLanguage.choose(null, "de-DE", Language.EN));
        assertEquals(ExportLanguage.SV, ExportLanguage.choose(null, "", Language.SV));
    }
}
