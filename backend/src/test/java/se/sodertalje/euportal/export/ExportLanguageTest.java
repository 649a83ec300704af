package se.sodertalje.euportal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

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

    /** Every constant of every enum an export prints has words in both languages, none of them its own name. */
    @Test
    void everyExportedEnumConstantHasSwedishAndEnglishWords() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ExportLanguage.WORDED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (ExportLanguage lang : ExportLanguage.values()) {
                    try {
                        String word = lang.word(constant);
                        if (word.isBlank() || word.matches("[A-Z]+(_[A-Z]+)+")) {
                            missing.add(lang + " " + type.getSimpleName() + "." + constant.name() + " = " + word);
                        }
                    } catch (IllegalArgumentException e) {
                        missing.add(lang + " " + type.getSimpleName() + "." + constant.name());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("Huvudpartner", ExportLanguage.SV.word(se.sodertalje.euportal.partner.PartnerRole.LEAD_PARTNER));
        assertEquals("Sent to the funder", ExportLanguage.EN.word(se.sodertalje.euportal.report.ReportStatus.SENT_TO_FUNDER));
        assertEquals("", ExportLanguage.SV.word(null));
        assertFalse(ExportLanguage.SV.word(se.sodertalje.euportal.programme.CostCategory.STAFF).isEmpty());
    }
}
