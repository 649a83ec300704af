package se.sodertalje.euportal.rate;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class ExchangeRateImportTest {

    private static Response importCsv(Api who, String csv) {
        return who.request().contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/exchange-rates/import");
    }

    private static int total(String currency) {
        return Api.ADVISOR.get("/api/v1/exchange-rates?currency=" + currency).then().statusCode(200).extract().path("total");
    }

    @Test
    void oneBadRowShouldImportNothingAndEveryBadRowBeNamed() {
        String csv = """
                currency;month;unitsPerEur;source
                CZK;2025-01;25,1230;InforEuro
                EUR;2025-02;1;InforEuro

                CZK;2025-3;25,3;InforEuro
                CZK;2025-04;-2;InforEuro
                CZK;2025-01;25,2;InforEuro
                """;
        importCsv(Api.ADVISOR, csv).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("IMPORT-001"))
                .body("errors.field", equalTo(List.of("rows[1].currency", "rows[3].month", "rows[4].unitsPerEur",
                        "rows[5].month")))
                .body("errors.code", equalTo(List.of("RATE-002", "RATE-003", "RATE-005", "RATE-008")))
                .body("errors[3].params", equalTo(Map.of("currency", "CZK", "month", "2025-01", "row", 1)));
        assertEquals(0, total("CZK"));
        importCsv(Api.ADVISOR, "valuta;månad;kurs\nCZK;2025-01;25,1\n").then().statusCode(400)
                .body("code", equalTo("IMPORT-001")).body("errors[0].field", equalTo("file"));
        importCsv(Api.ADVISOR, "").then().statusCode(400);
        assertEquals(0, total("CZK"));
    }

    @Test
    void existingMonthsShouldBeUpdatedAndNewOnesCreated() {
        Api.ADVISOR.put("/api/v1/exchange-rates/{c}/{m}", null, Map.of("unitsPerEur", new BigDecimal("390.1")), "HUF",
                "2025-01").then().statusCode(201);
        String csv = "currency,month,unitsPerEur\r\nHUF,2025-01,\"391,25\"\r\nHUF,2025-02,392.5\r\n";
        importCsv(Api.ADMIN, csv).then().statusCode(200).body("rows", equalTo(2)).body("created", equalTo(1))
                .body("updated", equalTo(1)).body("unchanged", equalTo(0));
        Api.AUDITOR.get("/api/v1/exchange-rates/HUF/2025-01").then().header("ETag", equalTo("\"1\""))
                .body("unitsPerEur", equalTo(391.25f)).body("updatedByName", equalTo("Test adam.admin"));
        importCsv(Api.ADMIN, csv).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(2));
        Api.AUDITOR.get("/api/v1/exchange-rates/HUF/2025-01").then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void anExportShouldImportBackUnchanged() {
        String csv = """
                currency;month;unitsPerEur;source
                ISK;2025-05;146,123456;=InforEuro, maj
                ISK;2025-06;147;"Riksbanken; månadsmedel"
                """;
        importCsv(Api.ADVISOR, csv).then().statusCode(200).body("created", equalTo(2));
        String export = Api.AUDITOR.raw().accept("text/csv").get("/api/v1/exchange-rates/export?currency=ISK").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"exchange-rates.csv\"")).extract().asString();
        assertEquals("\uFEFFcurrency,month,unitsPerEur,source\r\n"
                + "ISK,2025-06,147,Riksbanken; månadsmedel\r\n"
                + "ISK,2025-05,146.123456,\"'=InforEuro, maj\"\r\n", export);
        importCsv(Api.ADVISOR, export).then().statusCode(200).body("rows", equalTo(2)).body("created", equalTo(0))
                .body("updated", equalTo(0)).body("unchanged", equalTo(2));
        Api.AUDITOR.get("/api/v1/exchange-rates/ISK/2025-05").then().body("source", equalTo("=InforEuro, maj"))
                .body("unitsPerEur", equalTo(146.123456f));
    }

    @Test
    void onlyTheOfficeShouldImport() {
        importCsv(Api.coordinator("UTB"), "currency,month,unitsPerEur\nBGN,2025-01,1.9558\n").then().statusCode(403);
        importCsv(Api.AUDITOR, "currency,month,unitsPerEur\nBGN,2025-01,1.9558\n").then().statusCode(403);
        assertEquals(0, total("BGN"));
    }
}
