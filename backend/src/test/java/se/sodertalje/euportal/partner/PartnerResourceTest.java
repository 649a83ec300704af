package se.sodertalje.euportal.partner;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class PartnerResourceTest {

    @Test
    void anOrganisationShouldBeRegisteredReadChangedAndItsHistoryKept() {
        String code = Api.uniqueCode("P");
        String pic = randomPic();
        var created = Api.ADVISOR.post("/api/v1/partners", Api.partnerBody("Tampereen kaupunki " + code, "fi",
                "MUNICIPALITY", "englishName", "City of Tampere " + code, "city", "Tampere", "pic", pic.substring(0, 3) + " " + pic.substring(3),
                "vatNumber", "FI 0211 6755", "website", "https://www.tampere.fi", "expertise", List.of("smart city", "mobility"),
                "languages", List.of("fi", "sv", "en"), "twinTown", true, "networks", List.of("EFFEKNET"),
                "contacts", List.of(Map.of("name", "Liisa Virtanen", "role", "EU coordinator", "email", "liisa@tampere.fi"))))
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("country", equalTo("FI")).body("pic", equalTo(pic)).body("vatNumber", equalTo("FI02116755"))
                .body("contacts[0].name", equalTo("Liisa Virtanen")).body("twinTown", equalTo(true))
                .extract();
        String id = created.path("id");
        Api.applicant(code).get("/api/v1/partners/{id}", id).then().statusCode(200)
                .body("englishName", equalTo("City of Tampere " + code)).body("contacts[0].email", equalTo("liisa@tampere.fi"));
        // The list and its CSV name the organisation, not its people.
        Api.applicant(code).get("/api/v1/partners?q={q}", "Tampereen " + code).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.contacts.size()", equalTo(0));
        String listCsv = Api.applicant(code).raw().accept("text/csv").get("/api/v1/partners?q=Tampereen " + code).then()
                .statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(listCsv.contains(code) && !listCsv.contains("liisa@tampere.fi"), listCsv);

        Map<String, Object> change = Api.partnerBody("Tampereen kaupunki " + code, "FI", "MUNICIPALITY",
                "city", "Tampere", "pic", pic, "expertise", List.of("smart city", "mobility", "schools"));
        Api.ADVISOR.put("/api/v1/partners/{id}", "\"0\"", change, id).then().statusCode(200).header("ETag", "\"1\"");
        Api.ADVISOR.put("/api/v1/partners/{id}", "\"0\"", change, id).then().statusCode(412);
        Api.ADVISOR.get("/api/v1/partners/{id}/history", id).then().statusCode(200)
                .body("[0].changes.field", hasItem("expertise")).body("[0].actor.name", equalTo("Test ada.advisor"));
        Api.ADVISOR.get("/api/v1/partners?twinTown=true&q=" + code).then().body("total", equalTo(0));
        Api.ADVISOR.get("/api/v1/partners?q=" + code + "&country=FI").then().body("items[0].id", equalTo(id));
    }

    @Test
    void theSearchShouldFoldAccentsAndCaseAndRankWhatAnOrganisationDoesAboveItsName() {
        String code = Api.uniqueCode("PF");
        String energy = Api.createPartner("Växjö Energikontor " + code, "SE", "PUBLIC_AUTHORITY",
                "expertise", List.of("fjärrvärme", "energy efficiency"));
        String business = Api.createPartner("Green School of Business " + code, "SE", "UNIVERSITY",
                "expertise", List.of("finance"));
        String yards = Api.createPartner("Kommunalförbundet Utemiljö " + code, "SE", "PUBLIC_AUTHORITY", "city", "Borås",
                "expertise", List.of("school yards", "outdoor learning"));
        for (String q : List.of("Växjö", "vaxjo", "VÄXJÖ", "VAXJO", "FJARRVARME", "Fjärrvärmen")) {
            Api.ADVISOR.get("/api/v1/partners?q=" + q + " " + code).then().body("items.id", contains(energy));
        }
        Api.ADVISOR.get("/api/v1/partners?q=boras " + code).then().body("items.id", contains(yards));
        Api.ADVISOR.get("/api/v1/partners?q=BORÅS " + code).then().body("items.id", contains(yards));
        // "school" is what the one does and only a word in the other's name.
        Api.ADVISOR.get("/api/v1/partners?q=school " + code).then().body("items.id", contains(yards, business));
    }

    /** Real PICs start at 8 or 9; these cannot collide with the CORDIS import of another test. */
    static String randomPic() {
        return String.format("1%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void badFieldsShouldBeNamedAndChangeNothing() {
        String code = Api.uniqueCode("PB");
        Api.ADVISOR.post("/api/v1/partners", Api.partnerBody("Bad " + code, "XX", "MUNICIPALITY", "pic", "12345678",
                "vatNumber", "12", "website", "www.example.org", "languages", List.of("swe"))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("website")).body("errors.field", hasItem("languages[0]"));
        Api.ADVISOR.post("/api/v1/partners", Api.partnerBody("Bad " + code, "XX", "MUNICIPALITY", "pic", "12345678A",
                "vatNumber", "12")).then().statusCode(400)
                .body("errors.field", contains("country", "pic", "vatNumber"));
        Api.ADVISOR.raw().contentType("application/json").body("{\"legalName\":\"x\",\"country\":\"SE\",\"type\":\"CASTLE\"}")
                .post("/api/v1/partners").then().statusCode(400).body("errors[0].field", equalTo("type"));
        Api.ADVISOR.get("/api/v1/partners?q=" + code).then().body("total", equalTo(0));
    }

    @Test
    void aDuplicateShouldBeRefusedPointingAtTheOrganisationAlreadyRegistered() {
        String code = Api.uniqueCode("PD");
        String pic = randomPic();
        String existing = Api.createPartner("Halmstads kommun " + code, "SE", "MUNICIPALITY", "pic", pic,
                "vatNumber", "SE" + pic + "01");

        Api.ADVISOR.post("/api/v1/partners", Api.partnerBody("Another " + code, "DK", "SME", "pic", pic)).then()
                .statusCode(409).body("code", equalTo("PARTNER-001")).body("errors[0].field", equalTo("pic"))
                .body("existing", equalTo("/api/v1/partners/" + existing));
        Api.ADVISOR.post("/api/v1/partners", Api.partnerBody("Yet another " + code, "DK", "SME", "vatNumber",
                "se " + pic + "-01")).then().statusCode(409).body("code", equalTo("PARTNER-002"))
                .body("existing", equalTo("/api/v1/partners/" + existing));
        Api.ADVISOR.post("/api/v1/partners", Api.partnerBody("HALMSTAD KOMMUN " + code, "SE", "MUNICIPALITY")).then()
                .statusCode(409).body("code", equalTo("PARTNER-003")).body("errors[0].field", equalTo("legalName"))
                .body("detail", startsWith("Halmstads kommun " + code)).body("existing", equalTo("/api/v1/partners/" + existing));
        // The same name in another country is another organisation; so is another name in the same country.
        Api.createPartner("Halmstads kommun " + code, "NO", "MUNICIPALITY");
        Api.createPartner("Halmstads universitet " + code, "SE", "UNIVERSITY");
    }

    @Test
    void anExportShouldImportAgainAsUpdatesAndABadRowShouldImportNothing() {
        String code = Api.uniqueCode("PX");
        Api.createPartner("Comune di Prova " + code, "IT", "MUNICIPALITY", "expertise", List.of("culture", "=cmd|tourism"),
                "description", "Heritage, \"old town\"\nand tourism");
        String csv = Api.ADVISOR.raw().accept("text/csv").get("/api/v1/partners/export?q=" + code).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals("\uFEFF" + String.join(",", se.sodertalje.euportal.partner.imports
                .PartnerCsv.HEADER), lines[0]);
        Api.ADVISOR.request().contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/partners/import").then().log().ifValidationFails().statusCode(200)
                .body("format", equalTo("REGISTER")).body("created", equalTo(0)).body("updated", equalTo(1));
        Api.ADVISOR.get("/api/v1/partners?q=" + code).then().body("items[0].expertise", contains("culture", "=cmd|tourism"))
                .body("items[0].description", equalTo("Heritage, \"old town\"\nand tourism"));

        String header = String.join(",", se.sodertalje.euportal.partner.imports.PartnerCsv.HEADER) + "\n";
        String twoRows = header + "Gmina Nowa " + code + ",,PL,,,MUNICIPALITY,,,,,,,,\n"
                + "Stadt Neu " + code + ",,DE,,,CASTLE,123,,,,,,maybe,\n";
        Api.ADVISOR.request().contentType("text/csv; charset=UTF-8").body(twoRows).post("/api/v1/partners/import").then().statusCode(400)
                .body("code", equalTo("IMPORT-001"))
                .body("errors.field", contains("rows[1].type", "rows[1].pic", "rows[1].twinTown"));
        String nearDuplicate = header + "COMUNE DI PROVA " + code + ",,IT,,,MUNICIPALITY,,,,,,,,\n"
                + "Comune di Prova " + code.toLowerCase() + "x,,IT,,,MUNICIPALITY,,,,,,,,\n";
        Api.ADVISOR.request().contentType("text/csv; charset=UTF-8").body(nearDuplicate).post("/api/v1/partners/import").then()
                .statusCode(400).body("errors[0].field", equalTo("rows[1].legalName"))
                .body("errors[0].message", containsString("near-identical to Comune di Prova " + code));
        Api.ADVISOR.get("/api/v1/partners?q=" + code).then().body("total", equalTo(1));
        Api.applicant("X").request().contentType("text/csv; charset=UTF-8").body(header).post("/api/v1/partners/import").then()
                .statusCode(403);
    }
}
