package se.sodertalje.euportal.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** Every list answers as CSV too: the same filters and sort as the JSON, every matching row, nested fields flattened. */
@QuarkusTest
class CsvListTest {

    private static List<String> lines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark, so Excel reads å, ä and ö");
        return Arrays.asList(text.substring(1).split("\r\n"));
    }

    @Test
    void aPagedListGivesEveryMatchingRowWithItsFiltersAndSort() {
        String prefix = Api.uniqueCode("CSV");
        for (String suffix : List.of("B", "A", "C")) {
            Api.createUnit(prefix + suffix, "Enhet för CSV-export " + suffix);
        }
        byte[] csv = Api.AUDITOR.raw().accept("text/csv").get("/api/v1/units?q={q}&size=1&sort=code", prefix).then()
                .statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray();
        List<String> lines = lines(csv);
        assertEquals(4, lines.size(), lines.toString());
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int code = header.indexOf("code");
        assertTrue(code >= 0 && header.contains("name") && header.contains("id"), header.toString());
        assertEquals(List.of(prefix + "A", prefix + "B", prefix + "C"),
                lines.subList(1, 4).stream().map(l -> l.split(",")[code]).toList());
        // The export is recorded: who, which list, and the hash of what was sent.
        Api.AUDITOR.get("/api/v1/exports?kind=CSV&size=200").then().statusCode(200)
                .body("items.find { it.resource.contains('" + prefix + "') }.actor.name",
                        org.hamcrest.Matchers.equalTo("Test alex.auditor"))
                .body("items.find { it.resource.contains('" + prefix + "') }.sha256",
                        org.hamcrest.Matchers.equalTo(sha256(csv)));
        Api.applicant(prefix + "A").get("/api/v1/exports").then().statusCode(403);
        // The same call as JSON answers one page of one.
        Api.AUDITOR.get("/api/v1/units?q={q}&size=1&sort=code", prefix).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1)).body("total", org.hamcrest.Matchers.equalTo(3));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPlainListIsFlattenedAndReachOfTheUnitStillApplies() {
        String code = Api.uniqueCode("CSVA");
        UUID unit = Api.createUnit(code, "Ansökningar som CSV");
        String id = Api.applicant(code).post("/api/v1/applications", Map.of("unitId", unit.toString(),
                "title", "Sommarskola, \"matematik\"")).then().statusCode(201).extract().path("id");
        Api.applicant(code).post("/api/v1/applications/{id}/comments", Map.of("body", "Första kommentaren", "internal", false),
                id).then().statusCode(201);
        List<String> comments = lines(Api.applicant(code).raw().accept("text/csv")
                .get("/api/v1/applications/{id}/comments", id).then().statusCode(200).extract().asByteArray());
        assertTrue(comments.get(0).contains("author.name"), "nested fields as author.name: " + comments.get(0));
        assertTrue(comments.get(1).contains("Första kommentaren"), comments.toString());
        List<String> applications = lines(Api.AUDITOR.raw().accept("text/csv").get("/api/v1/applications?unitId={u}", unit)
                .then().statusCode(200).extract().asByteArray());
        assertEquals(2, applications.size());
        assertTrue(applications.get(1).contains("\"Sommarskola, \"\"matematik\"\"\""), "quoted as RFC 4180: " + applications);
        Api.applicant("ANNAN-" + code).raw().accept("text/csv").get("/api/v1/applications/{id}/comments", id).then()
                .statusCode(404);
    }
}
