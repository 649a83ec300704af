package se.sodertalje.euportal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Hashes;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

/** The readable form of a contact person's personal data: in the person's language, with their records, logged. */
@QuarkusTest
class PersonalDataPageTest {

    private static Response page(UUID id, String query) {
        return Api.ADMIN.raw().accept("text/html, application/problem+json")
                .get("/api/v1/contact-persons/{id}/personal-data.html" + query, id);
    }

    @Test
    void theReadableExportIsInThePersonsOwnLanguageAndHoldsTheirRecords() {
        String code = Api.uniqueCode("PP");
        String username = "pp-" + code.toLowerCase();
        UUID unit = Api.createUnit(code, "Sidkontoret");
        // The contact person signs in to the portal with the same e-mail and chose English.
        Api person = new Api(Tokens.of(username, List.of(code), "applicant"));
        person.put("/api/v1/me/language", null, Map.of("language", "EN")).then().statusCode(200);
        UUID id = Api.createContact(unit, "Pia Pagesson", username + "@example.test", "FINANCE_CONTACT");
        Api.ADMIN.put("/api/v1/contact-persons/{id}", "\"0\"", Map.of("unitId", unit.toString(), "name",
                "Pia Pagesson", "title", "Controller <ekonomi>", "email", username + "@example.test",
                "roles", List.of("FINANCE_CONTACT", "EU_PROJECT_MANAGER")), id).then().statusCode(200);

        Response english = page(id, "");
        english.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("personal-data-" + id + ".html"))
                .header("Content-Language", "en");
        String html = english.asString();
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<h1>Personal data about Pia Pagesson</h1>"), html);
        for (String held : List.of(username + "@example.test", code + " Sidkontoret", "Finance contact",
                "EU project manager", "Controller &lt;ekonomi&gt;", "<h2>Change history</h2>", "Created", "Changed",
                "<th scope=\"col\">Before</th>")) {
            assertTrue(html.contains(held), held + " in " + html);
        }
        assertFalse(html.contains("FINANCE_CONTACT") || html.contains("Personuppgifter"), html);
        // When it was exported: Stockholm's time with its zone (StockholmTime).
        assertTrue(java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d CES?T</p>").matcher(html).find(), html);
        // The same records as the JSON: every revision there is a row here.
        JsonPath json = Api.ADMIN.get("/api/v1/contact-persons/{id}/personal-data", id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(2, json.getList("history").size());

        String swedish = page(id, "?lang=sv").then().statusCode(200).header("Content-Language", "sv").extract().asString();
        assertTrue(swedish.contains("<html lang=\"sv\">") && swedish.contains("<h1>Personuppgifter om Pia Pagesson</h1>")
                && swedish.contains("Ekonomikontakt") && swedish.contains("Ändringshistorik"), swedish);
        assertFalse(swedish.contains("Change history"), swedish);

        page(id, "?lang=de").then().statusCode(400).contentType("application/problem+json");

        // Handed out, so in the export log with the hash of what was sent.
        String resource = "/api/v1/contact-persons/" + id + "/personal-data.html?lang=sv";
        JsonPath log = Api.AUDITOR.get("/api/v1/exports?kind=FILE&size=200").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = log.<Map<String, Object>>getList("items").stream()
                .filter(e -> resource.equals(e.get("resource"))).toList();
        assertEquals(1, entries.size(), log.prettify());
        assertEquals(Hashes.sha256(swedish.getBytes(StandardCharsets.UTF_8)), entries.get(0).get("sha256"));
    }

    @Test
    void someoneWhoNeverSignsInGetsSwedish() {
        UUID unit = Api.createUnit(Api.uniqueCode("PS"), "Kontoret");
        UUID id = Api.createContact(unit, "Sven Svensson", "sven.utan.konto@example.se", "OTHER");
        String html = page(id, "").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h1>Personuppgifter om Sven Svensson</h1>") && html.contains("Annan"), html);
    }

    private static Response pageByEmail(String query) {
        return Api.ADMIN.raw().accept("text/html, application/problem+json").get("/api/v1/personal-data.html" + query);
    }

    @Test
    void whatIsHeldUnderAnEmailIsReadableInThePersonsLanguageAndLogged() {
        String code = Api.uniqueCode("PE");
        String username = "pe-" + code.toLowerCase();
        String email = username + "@example.test";
        Api.ADVISOR.post("/api/v1/external-networks", Map.of("name", "Nätverket " + code, "members",
                List.of(Map.of("name", "Nils Nätverk " + code, "role", "Styrelse <ledamot>", "email", email))))
                .then().statusCode(201);
        // Nobody signs in with the e-mail yet: Swedish.
        String swedish = pageByEmail("?email=" + email.toUpperCase()).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).header("Content-Language", "sv")
                .header("Content-Disposition", "attachment; filename=\"personuppgifter-" + username + "_example.test.html\"")
                .extract().asString();
        assertTrue(swedish.contains("<html lang=\"sv\">") && swedish.contains("<h1>Personuppgifter om " + email.toUpperCase()
                + "</h1>"), swedish);
        for (String held : List.of("Externt nätverk, medlem", "Nätverket " + code, "Nils Nätverk " + code,
                "Styrelse &lt;ledamot&gt;", "<h2>Anmälningar till evenemang</h2>", "Inga.")) {
            assertTrue(swedish.contains(held), held + " in " + swedish);
        }
        assertFalse(swedish.contains("Kontaktperson</h2>") || swedish.contains("Ändringshistorik"), swedish);

        // A portal user with the e-mail chose English: the page follows them, unless lang says otherwise.
        new Api(Tokens.of(username, List.of(code), "applicant")).put("/api/v1/me/language", null, Map.of("language", "EN"))
                .then().statusCode(200);
        String english = pageByEmail("?email=" + email).then().statusCode(200).header("Content-Language", "en")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("personal-data-" + username))
                .extract().asString();
        assertTrue(english.contains("<h1>Personal data about " + email + "</h1>")
                && english.contains("External network, member"), english);
        pageByEmail("?email=" + email + "&lang=sv").then().statusCode(200).header("Content-Language", "sv");

        pageByEmail("?email=inte-en-adress").then().statusCode(400).contentType("application/problem+json");
        pageByEmail("").then().statusCode(400).contentType("application/problem+json");
        pageByEmail("?email=" + email + "&lang=de").then().statusCode(400).contentType("application/problem+json");

        // Handed out, so in the export log with the hash of what was sent.
        JsonPath log = Api.AUDITOR.get("/api/v1/exports?kind=FILE&size=200").then().statusCode(200).extract().jsonPath();
        List<String> hashes = log.<Map<String, Object>>getList("items").stream()
                .filter(e -> String.valueOf(e.get("resource")).toLowerCase().startsWith("/api/v1/personal-data.html?email=" + username))
                .map(e -> String.valueOf(e.get("sha256"))).toList();
        assertEquals(3, hashes.size(), log.prettify());
        assertTrue(hashes.contains(Hashes.sha256(english.getBytes(StandardCharsets.UTF_8))), log.prettify());
    }
}
