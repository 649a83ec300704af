package se.sodertalje.euportal.application.team;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

@QuarkusTest
class TeamAndNotificationTest {

    @Test
    void someoneAddedToTheTeamShouldBeToldInThePortal() {
        String code = Api.uniqueCode("TM");
        UUID unit = Api.createUnit(code, "Teamkontoret");
        Api applicant = Api.applicant(code);
        String colleagueName = "kim-" + code;
        Api colleague = new Api(Tokens.of(colleagueName, List.of(code), "applicant"));
        Api outsider = new Api(Tokens.of("olle-" + code, List.of("ANNAN"), "applicant"));
        colleague.get("/api/v1/me").then().statusCode(200);
        outsider.get("/api/v1/me").then().statusCode(200);
        Api.ADVISOR.get("/api/v1/me").then().statusCode(200);
        String id = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Lagarbete"))
                .then().statusCode(201).extract().path("id");

        applicant.get("/api/v1/applications/{id}/team/candidates", id).then().statusCode(200)
                .body("subject", hasItems("sub-" + colleagueName, "sub-ada.advisor"))
                .body("subject", not(hasItem("sub-olle-" + code)));
        applicant.post("/api/v1/applications/{id}/team", Map.of("subject", "sub-" + colleagueName), id).then()
                .statusCode(201).body("name", equalTo("Test " + colleagueName))
                .body("addedBy.name", equalTo("Test applicant-" + code));
        applicant.post("/api/v1/applications/{id}/team", Map.of("subject", "sub-ada.advisor"), id).then().statusCode(201);
        applicant.post("/api/v1/applications/{id}/team", Map.of("subject", "sub-" + colleagueName), id).then()
                .statusCode(409).body("code", equalTo("TEAM-001"));
        applicant.post("/api/v1/applications/{id}/team", Map.of("subject", "sub-olle-" + code), id).then()
                .statusCode(400).body("errors[0].field", equalTo("subject"));
        applicant.post("/api/v1/applications/{id}/team", Map.of("subject", "sub-nobody"), id).then().statusCode(400);
        applicant.get("/api/v1/applications/{id}/team/candidates", id).then()
                .body("subject", not(hasItems("sub-" + colleagueName)));
        Api.AUDITOR.get("/api/v1/applications/{id}/team/candidates", id).then().statusCode(403);
        Api.AUDITOR.get("/api/v1/applications/{id}/team", id).then().statusCode(200)
                .body("name", contains("Test " + colleagueName, "Test ada.advisor"));

        String notice = colleague.get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("[0].kind", equalTo("ADDED_TO_TEAM"))
                .body("[0].message", equalTo("Test applicant-" + code + " lade till dig i teamet för ”Lagarbete”"))
                .body("[0].link", equalTo("/applications/" + id)).extract().path("[0].id");
        // In the reader's own language, once they chose English.
        colleague.put("/api/v1/me/language", null, Map.of("language", "EN")).then().statusCode(200);
        colleague.get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("[0].message", equalTo("Test applicant-" + code + " added you to the team of \"Lagarbete\""));
        outsider.request().post("/api/v1/notifications/{id}/read", notice).then().statusCode(404);
        colleague.request().post("/api/v1/notifications/{id}/read", notice).then().statusCode(200)
                .body("readAt", notNullValue());
        colleague.get("/api/v1/notifications?unread=true").then().body("size()", equalTo(0));
        outsider.get("/api/v1/notifications").then().body("size()", equalTo(0));

        applicant.delete("/api/v1/applications/{id}/team/{subject}", null, id, "sub-" + colleagueName).then().statusCode(204);
        applicant.get("/api/v1/applications/{id}/team", id).then().body("name", contains("Test ada.advisor"));
        Api.coordinator("ANNAN").get("/api/v1/applications/{id}/team", id).then().statusCode(404);
        Api.ANONYMOUS.get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void anIntegrationsServiceAccountShouldNeverBeOfferedAsAPerson() {
        String code = Api.uniqueCode("TS");
        UUID unit = Api.createUnit(code, "Tjänstekontoret");
        Api applicant = Api.applicant(code);
        // The integration client's service account holds the advisor role and has called the API.
        new Api(Tokens.of("service-account-euportal-integration", List.of(), "advisor")).get("/api/v1/me").then().statusCode(200);
        Api.ADVISOR.get("/api/v1/me").then().statusCode(200);
        String id = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Utan robotar"))
                .then().statusCode(201).extract().path("id");

        applicant.get("/api/v1/applications/{id}/team/candidates", id).then().statusCode(200)
                .body("subject", hasItem("sub-ada.advisor"))
                .body("subject", not(hasItem("sub-service-account-euportal-integration")));
        applicant.post("/api/v1/applications/{id}/team", Map.of("subject", "sub-service-account-euportal-integration"), id)
                .then().statusCode(400).body("errors[0].field", equalTo("subject"));
    }
}
