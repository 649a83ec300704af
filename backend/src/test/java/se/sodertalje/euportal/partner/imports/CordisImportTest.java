package se.sodertalje.euportal.partner.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class CordisImportTest {

    @Test
    void theRealExtractShouldImportAsItIsAndAgainAsUpdates() throws Exception {
        String extract = CordisFormatTest.realExtract();
        Api.ADVISOR.request().contentType("text/csv; charset=UTF-8").body(extract).post("/api/v1/partners/import").then().statusCode(200)
                .body("format", equalTo("CORDIS")).body("rows", equalTo(12_584)).body("created", equalTo(5_755))
                .body("updated", equalTo(0)).body("participations", equalTo(12_356));

        String vaxjo = Api.ADVISOR.get("/api/v1/partners?q=VAXJO KOMMUN&country=SE").then().statusCode(200)
                .body("items[0].legalName", equalTo("VAXJO KOMMUN")).body("items[0].type", equalTo("MUNICIPALITY"))
                .extract().path("items[0].id");
        Api.AUDITOR.get("/api/v1/partners/{id}/cooperation", vaxjo).then().statusCode(200)
                .body("projects[0].source", equalTo("CORDIS"));
        Api.ADVISOR.get("/api/v1/partners?pic=999974262").then().body("items[0].legalName", equalTo("UNIVERSITY OF BRISTOL"))
                .body("items[0].country", equalTo("GB"));
        // Swedish stemming finds "kommun" in "kommunerna"; the plain spelling finds names in any language.
        Api.ADVISOR.get("/api/v1/partners?q=kommunerna&country=SE&size=50").then()
                .body("items.legalName", hasItem("HALMSTADS KOMMUN"));

        Api.ADVISOR.request().contentType("text/csv; charset=UTF-8").body(extract).post("/api/v1/partners/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(5_755)).body("participations", equalTo(12_356));
        Api.ADVISOR.get("/api/v1/partners/{id}/cooperation", vaxjo).then().body("projects.size()", equalTo(
                (int) Api.ADVISOR.get("/api/v1/partners/{id}", vaxjo).then().extract().path("projectsCount")));
    }
}
