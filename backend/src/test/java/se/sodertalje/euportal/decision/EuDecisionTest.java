package se.sodertalje.euportal.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class EuDecisionTest {

    static Map<String, Object> body(String title, String reference, List<UUID> units, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("actReference", reference);
        body.put("decidedOn", "2026-10-15");
        body.put("mainTask", "EMPLOYER_QUESTIONS");
        body.put("unitIds", units);
        body.put("impactAssessment", "Påverkar rekryteringen av lärare.");
        body.put("actions", List.of(Map.of("what", "Informera enheterna", "who", "Internationella kontoret",
                "due", LocalDate.now().minusDays(1).toString(), "status", "IN_PROGRESS"),
                Map.of("what", "Följa upp", "who", "HR", "status", "PLANNED")));
        body.put("status", status);
        return body;
    }

    @Test
    void theOfficeRecordsADecisionTheConcernedUnitsAreToldAndAnswerAndOnlyThey() {
        String code = Api.uniqueCode("EUD");
        UUID unit = Api.createUnit(code, "Berörd enhet");
        UUID other = Api.createUnit(Api.uniqueCode("EUO"), "Annan enhet");
        Api coordinator = Api.coordinator(code);
        coordinator.get("/api/v1/me").then().statusCode(200);
        String title = "Lönetransparensdirektivet " + code;

        Api.ADVISOR.post("/api/v1/eu-decisions", body(title, "inte en referens", List.of(unit), "REGISTERED")).then()
                .statusCode(400).body("code", equalTo("DECISION-001")).body("errors[0].field", equalTo("actReference"));
        coordinator.post("/api/v1/eu-decisions", body(title, "32023L0970", List.of(unit), "REGISTERED")).then()
                .statusCode(403);
        Response created = Api.ADVISOR.post("/api/v1/eu-decisions", body(title, "32023L0970", List.of(unit), "UNDER_FOLLOW_UP"));
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("actUrl", equalTo("https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:32023L0970"))
                .body("units[0].code", equalTo(code)).body("answered", equalTo(0)).body("overdueActions", equalTo(1));
        String id = created.path("id");

        List<Map<String, Object>> told = coordinator.get("/api/v1/notifications").then().extract().path("$");
        assertEquals(1, told.stream().filter(n -> "EU_DECISION".equals(n.get("kind"))
                && ((String) n.get("message")).contains(title)).count(), told.toString());

        // The unit answers: its coordinator or members; not another unit, not for a unit not concerned.
        Api.coordinator("ELSEWHERE").put("/api/v1/eu-decisions/{id}/answers/{u}", null, Map.of("assessment", "Nej"), id, unit)
                .then().statusCode(403).body("code", equalTo("DECISION-003"));
        coordinator.put("/api/v1/eu-decisions/{id}/answers/{u}", null, Map.of("assessment", "Nej"), id, other)
                .then().statusCode(409).body("code", equalTo("DECISION-002"));
        coordinator.get("/api/v1/eu-decisions/{id}", id).then().body("units[0].canAnswer", equalTo(true));
        coordinator.put("/api/v1/eu-decisions/{id}/answers/{u}", null, Map.of("assessment", "Vi behöver se över lönekartläggningen."),
                id, unit).then().statusCode(200).body("answered", equalTo(1))
                .body("units[0].answer.assessment", equalTo("Vi behöver se över lönekartläggningen."));
        Api.applicant(code).put("/api/v1/eu-decisions/{id}/answers/{u}", "\"0\"", Map.of("assessment", "Kompletterat."), id, unit)
                .then().statusCode(200).body("units[0].answer.version", equalTo(1));
        Api.applicant(code).put("/api/v1/eu-decisions/{id}/answers/{u}", "\"0\"", Map.of("assessment", "Gammalt."), id, unit)
                .then().statusCode(412);

        // Follow-up: filters and the CSV export, recorded in the export log.
        Api.ADVISOR.get("/api/v1/eu-decisions?unitId=" + unit + "&status=UNDER_FOLLOW_UP&awaitingAnswers=false").then()
                .body("title", equalTo(List.of(title)));
        Api.ADVISOR.get("/api/v1/eu-decisions?unitId=" + unit + "&awaitingAnswers=true").then().body("title", equalTo(List.of()));
        Api.ADVISOR.get("/api/v1/eu-decisions?mainTask=SERVICES&q=" + code).then().body("title", equalTo(List.of()));
        String csv = Api.AUDITOR.raw().accept("text/csv").get("/api/v1/eu-decisions?q=" + code).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(title) && csv.contains("32023L0970"), csv);
        Api.AUDITOR.get("/api/v1/exports?kind=CSV&size=100").then().statusCode(200)
                .body("items.resource", hasItem(containsString("/api/v1/eu-decisions")));

        // Changing needs the version; adding a unit tells it; history keeps the answers too.
        Map<String, Object> changed = body(title, "https://eur-lex.europa.eu/eli/dir/2023/970/oj", List.of(unit, other), "CLOSED");
        Api.ADVISOR.put("/api/v1/eu-decisions/{id}", "\"5\"", changed, id).then().statusCode(412);
        Api.ADVISOR.put("/api/v1/eu-decisions/{id}", "\"0\"", changed, id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("actUrl", equalTo("https://eur-lex.europa.eu/eli/dir/2023/970/oj"))
                .body("units.code", not(hasItem("?")));
        Api.AUDITOR.get("/api/v1/eu-decisions/{id}/history", id).then().statusCode(200)
                .body("size()", equalTo(4));
        Api.AUDITOR.delete("/api/v1/eu-decisions/{id}", "\"1\"", id).then().statusCode(403);
        Api.ADVISOR.delete("/api/v1/eu-decisions/{id}", "\"1\"", id).then().statusCode(204);
        Api.ADVISOR.get("/api/v1/eu-decisions/{id}", id).then().statusCode(404);
    }
}
