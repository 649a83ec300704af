package se.sodertalje.euportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationContentTest {

    private static ApplicationContent content(String title) {
        return new ApplicationContent("UTB", "Utbildningskontoret", null, null, null, title, "GREEN", null, null,
                List.of(new WorkPackage("WP1 Ledning", null, List.of("Styrgrupp"), List.of("Slutrapport"))),
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31),
                List.of(new ApplicationContent.Partner("Turun kaupunki", "FI", "999123456", "LEAD_PARTNER")));
    }

    @Test
    void theSameContentShouldAlwaysGiveTheSameTextAndHash() {
        String json = content("Gröna skolgårdar").canonicalJson();
        assertEquals(json, content("Gröna skolgårdar").canonicalJson());
        assertEquals(content("Gröna skolgårdar"), ApplicationContent.fromCanonicalJson(json));
        assertEquals("{\"acronym\":\"GREEN\",\"callId\":null,\"callIdentifier\":null,\"callTitle\":null,"
                + "\"objectives\":null,\"partners\":[{\"country\":\"FI\",\"legalName\":\"Turun kaupunki\","
                + "\"pic\":\"999123456\",\"role\":\"LEAD_PARTNER\"}],\"periodEnd\":\"2028-12-31\",\"periodStart\":\"2027-01-01\",\"summary\":null,"
                + "\"title\":\"Gröna skolgårdar\",\"unitCode\":\"UTB\",\"unitName\":\"Utbildningskontoret\","
                + "\"workPackages\":[{\"activities\":[\"Styrgrupp\"],\"deliverables\":[\"Slutrapport\"],"
                + "\"description\":null,\"title\":\"WP1 Ledning\"}]}", json);
        assertNotEquals(ApplicationContent.sha256(json), ApplicationContent.sha256(content("Gröna skolgårdar!").canonicalJson()));
    }

    @Test
    void theHashShouldBeTheStandardSha256OfTheUtf8Text() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ApplicationContent.sha256(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApplicationContent.sha256("abc"));
    }
}
