package se.sodertalje.euportal.export;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Hashes;
import se.sodertalje.euportal.support.Api;

/** Every file the portal hands out lands in the export log: who, which address, the hash of what was sent. */
@QuarkusTest
class HandedOutFilesTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static List<Map<String, Object>> logged(String resource) {
        JsonPath page = Api.AUDITOR.get("/api/v1/exports?size=200").then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream().filter(e -> resource.equals(e.get("resource"))).toList();
    }

    @Test
    void theRegistersAndRatesCsvAndAnAnnexShouldEachBeLoggedOnceWithTheHashSent() {
        String code = Api.uniqueCode("HO");
        byte[] register = Api.AUDITOR.raw().accept("text/csv").get("/api/v1/partners/export?q=" + code).then()
                .statusCode(200).extract().asByteArray();
        List<Map<String, Object>> registerLog = logged("/api/v1/partners/export?q=" + code);
        assertEquals(1, registerLog.size(), registerLog.toString());
        assertEquals("CSV", registerLog.get(0).get("kind"));
        assertEquals(Hashes.sha256(register), registerLog.get(0).get("sha256"));
        assertEquals("Test alex.auditor", ((Map<?, ?>) registerLog.get(0).get("actor")).get("name"));

        // An unknown parameter makes this test's address its own.
        String ratesPath = "/api/v1/exchange-rates/export?currency=ISK&test=" + code;
        byte[] rates = Api.AUDITOR.raw().accept("text/csv").get(ratesPath).then().statusCode(200).extract().asByteArray();
        List<Map<String, Object>> ratesLog = logged(ratesPath);
        assertEquals(List.of(Hashes.sha256(rates)), ratesLog.stream().map(e -> e.get("sha256")).toList());

        UUID unit = Api.createUnit(code, "Nedladdningskontoret");
        Api applicant = Api.applicant(code);
        String application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Med bilaga"))
                .then().statusCode(201).extract().path("id");
        String annex = applicant.request().contentType("application/octet-stream").queryParam("fileName", "plan.pdf")
                .body(PDF).post("/api/v1/applications/{id}/attachments", application).then().statusCode(201)
                .extract().path("id");
        String path = "/api/v1/applications/" + application + "/attachments/" + annex;
        applicant.raw().accept("application/octet-stream").get(path).then().statusCode(200);
        List<Map<String, Object>> annexLog = logged(path);
        assertEquals(1, annexLog.size(), annexLog.toString());
        assertEquals("FILE", annexLog.get(0).get("kind"));
        assertEquals(Hashes.sha256(PDF), annexLog.get(0).get("sha256"));
        assertEquals(PDF.length, ((Number) annexLog.get(0).get("sizeBytes")).intValue());
        // A refused download hands nothing out and logs nothing.
        Api.coordinator("ANNAN-" + code).raw().accept("application/octet-stream, application/problem+json").get(path).then()
                .statusCode(404);
        assertEquals(1, logged(path).size());
        Api.AUDITOR.get("/api/v1/exports?kind=FILE&size=200").then().body("items.find { it.resource == '" + path
                + "' }.kind", equalTo("FILE"));
    }
}
