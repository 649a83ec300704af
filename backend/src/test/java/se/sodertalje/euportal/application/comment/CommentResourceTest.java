package se.sodertalje.euportal.application.comment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class CommentResourceTest {

    @Test
    void theThreadShouldShowCommentsToAllAndInternalNotesOnlyToTheOffice() {
        String code = Api.uniqueCode("CM");
        UUID unit = Api.createUnit(code, "Kommentarskontoret");
        Api applicant = Api.applicant(code);
        String id = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Diskuterad"))
                .then().statusCode(201).extract().path("id");
        applicant.post("/api/v1/applications/{id}/comments", Map.of("body", "Kan ni läsa budgeten?", "internal", false), id)
                .then().statusCode(201).body("author.name", equalTo("Test applicant-" + code));
        Api.ADVISOR.post("/api/v1/applications/{id}/comments", Map.of("body", "Svag budget, ring dem", "internal", true), id)
                .then().statusCode(201).body("internal", equalTo(true));
        Api.ADVISOR.post("/api/v1/applications/{id}/comments", Map.of("body", "Se över personalkostnaderna", "internal", false), id)
                .then().statusCode(201);
        applicant.post("/api/v1/applications/{id}/comments", Map.of("body", "Hemligt", "internal", true), id)
                .then().statusCode(403).body("code", equalTo("COMMENT-001"));
        applicant.post("/api/v1/applications/{id}/comments", Map.of("body", "  ", "internal", false), id)
                .then().statusCode(400).body("errors[0].field", equalTo("body"));

        applicant.get("/api/v1/applications/{id}/comments", id).then().statusCode(200)
                .body("body", contains("Kan ni läsa budgeten?", "Se över personalkostnaderna"));
        Api.AUDITOR.get("/api/v1/applications/{id}/comments", id).then()
                .body("body", contains("Kan ni läsa budgeten?", "Svag budget, ring dem", "Se över personalkostnaderna"));
        Api.coordinator("ANNAN").get("/api/v1/applications/{id}/comments", id).then().statusCode(404);
    }
}
