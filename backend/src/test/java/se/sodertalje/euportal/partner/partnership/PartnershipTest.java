package se.sodertalje.euportal.partner.partnership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
class PartnershipTest {

    private final String code = Api.uniqueCode("PP");

    private String application(Api applicant, UUID unit, Integer maxPartners) {
        UUID programme = Api.createProgramme(Api.uniqueCode("PP"), "INTERREG");
        Map<String, Object> call = new HashMap<>(Api.callBody(programme, Api.uniqueCode("PP-CALL"), "Partnerskap", 30, null));
        if (maxPartners != null) {
            call.put("maxPartners", maxPartners);
        }
        String callId = Api.ADVISOR.post("/api/v1/calls", call).then().statusCode(201)
                .body("maxPartners", equalTo(maxPartners)).extract().path("id");
        return applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "callId", callId,
                "title", "Gränsöverskridande " + code, "acronym", "CROSS", "summary", "Över gränsen.", "periodStart", "2027-01-01", "periodEnd", "2028-12-31")).then()
                .statusCode(201).extract().path("id");
    }

    private Response add(Api who, String application, String organisation, String role) {
        return who.post("/api/v1/applications/{id}/partners", Map.of("organisationId", organisation, "role", role),
                application);
    }

    @Test
    void aPartnershipHasOneLeadAndNoMoreThanTheCallAllows() {
        UUID unit = Api.createUnit(code, "Partnerskapskontoret");
        Api applicant = Api.applicant(code);
        String id = application(applicant, unit, 3);
        String sodertalje = Api.createPartner("Södertälje kommun " + code, "SE", "MUNICIPALITY");
        String turku = Api.createPartner("Turun kaupunki " + code, "FI", "MUNICIPALITY");
        String tartu = Api.createPartner("Tartu linn " + code, "EE", "MUNICIPALITY");
        String riga = Api.createPartner("Rigas pilseta " + code, "LV", "MUNICIPALITY");

        add(applicant, id, turku, "PARTNER").then().statusCode(201).body("role", equalTo("PARTNER"))
                .body("legalName", equalTo("Turun kaupunki " + code)).body("addedBy.name", equalTo("Test applicant-" + code));
        add(applicant, id, sodertalje, "LEAD_PARTNER").then().statusCode(201);
        add(applicant, id, tartu, "LEAD_PARTNER").then().statusCode(409).body("code", equalTo("PARTNERSHIP-002"));
        add(applicant, id, turku, "ASSOCIATED_PARTNER").then().statusCode(409).body("code", equalTo("PARTNERSHIP-001"));
        add(applicant, id, tartu, "ASSOCIATED_PARTNER").then().statusCode(201);
        add(applicant, id, riga, "PARTNER").then().statusCode(409).body("code", equalTo("PARTNERSHIP-003"))
                .body("detail", containsString("at most 3 partners"))
                .body("params", equalTo(Map.of("max", 3, "count", 3)));
        Api.AUDITOR.get("/api/v1/applications/{id}/partners", id).then().statusCode(200)
                .body("role", contains("LEAD_PARTNER", "PARTNER", "ASSOCIATED_PARTNER"));

        // Turku becomes lead only once Södertälje steps down; a stale version is refused.
        String lead = member(id, sodertalje);
        String partner = member(id, turku);
        Api.ADVISOR.put("/api/v1/applications/{id}/partners/{p}", "\"0\"", Map.of("role", "LEAD_PARTNER"), id, partner)
                .then().statusCode(409).body("code", equalTo("PARTNERSHIP-002"));
        Api.ADVISOR.put("/api/v1/applications/{id}/partners/{p}", "\"0\"", Map.of("role", "PARTNER"), id, lead)
                .then().statusCode(200).header("ETag", "\"1\"");
        Api.ADVISOR.put("/api/v1/applications/{id}/partners/{p}", "\"0\"", Map.of("role", "PARTNER"), id, lead)
                .then().statusCode(412);
        Api.ADVISOR.put("/api/v1/applications/{id}/partners/{p}", "\"0\"", Map.of("role", "LEAD_PARTNER"), id, partner)
                .then().statusCode(200);
        Api.AUDITOR.get("/api/v1/partners/{id}/cooperation", turku).then()
                .body("applications[0].applicationId", equalTo(id)).body("applications[0].role", equalTo("LEAD_PARTNER"));
        Api.ADVISOR.delete("/api/v1/partners/{id}", "\"0\"", turku).then().statusCode(409)
                .body("code", equalTo("PARTNER-004"));
        Api.applicant("ANNAN-" + code).get("/api/v1/applications/{id}/partners", id).then().statusCode(404);
        Api.applicant("ANNAN-" + code).get("/api/v1/partners/{id}/cooperation", turku).then()
                .body("applications.size()", equalTo(0));
    }

    @Test
    void submissionNeedsExactlyOneLeadAndTheDraftOnlyChanges() {
        String unitCode = code + "S";
        UUID unit = Api.createUnit(unitCode, "Inlämningskontoret");
        Api applicant = Api.applicant(unitCode);
        Api coordinator = Api.coordinator(unitCode);
        String id = application(applicant, unit, null);
        String partner = Api.createPartner("Gdańsk " + code, "PL", "MUNICIPALITY");
        add(applicant, id, partner, "PARTNER").then().statusCode(201);
        Api.budget(applicant, id, partner);
        // Without a lead the unit cannot approve it, as it could not be submitted.
        step(coordinator, id, Map.of("action", "APPROVE_FOR_UNIT"), 400).body("errors.field", equalTo(List.of("partners")))
                .body("errors.code", equalTo(List.of("PARTNERSHIP-004")));
        Api.ADVISOR.get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));

        // The lead named, it goes on and in, and the partnership is frozen with the submitted content.
        String member = member(id, partner);
        Api.applicant(unitCode).put("/api/v1/applications/{id}/partners/{p}", "\"0\"", Map.of("role", "LEAD_PARTNER"),
                id, member).then().statusCode(200);
        step(coordinator, id, Map.of("action", "APPROVE_FOR_UNIT"), 200);
        add(applicant, id, Api.createPartner("Klaipeda " + code, "LT", "MUNICIPALITY"), "LEAD_PARTNER").then()
                .statusCode(409).body("code", equalTo("APPLICATION-002"));
        step(Api.ADVISOR, id, Map.of("action", "START_REVIEW"), 200);
        step(Api.ADVISOR, id, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Klar"), 200);
        step(coordinator, id, Map.of("action", "SUBMIT", "funderReference", "CB-1", "submittedOn",
                LocalDate.now().toString()), 200);
        Api.AUDITOR.get("/api/v1/applications/{id}/submitted", id).then().statusCode(200)
                .body("content.partners[0].legalName", equalTo("Gdańsk " + code))
                .body("content.partners[0].role", equalTo("LEAD_PARTNER"));
    }

    @Test
    void aCapLoweredBelowThePartnershipIsInTheChecklistWithItsFigures() {
        String unitCode = code + "T";
        UUID unit = Api.createUnit(unitCode, "Takkontoret");
        Api applicant = Api.applicant(unitCode);
        UUID programme = Api.createProgramme(Api.uniqueCode("PP"), "INTERREG");
        Map<String, Object> call = new HashMap<>(Api.callBody(programme, Api.uniqueCode("PP-CALL"), "Partnerskap", 30, null));
        call.put("maxPartners", 3);
        String callId = Api.ADVISOR.post("/api/v1/calls", call).then().statusCode(201).extract().path("id");
        String id = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "callId", callId,
                "title", "Tak " + code, "acronym", "CAP", "summary", "Tre partner.", "periodStart", "2027-01-01",
                "periodEnd", "2028-12-31")).then().statusCode(201).extract().path("id");
        String lead = Api.createPartner("Södertälje kommun T" + code, "SE", "MUNICIPALITY");
        add(applicant, id, lead, "LEAD_PARTNER").then().statusCode(201);
        add(applicant, id, Api.createPartner("Turun kaupunki T" + code, "FI", "MUNICIPALITY"), "PARTNER").then().statusCode(201);
        add(applicant, id, Api.createPartner("Tartu linn T" + code, "EE", "MUNICIPALITY"), "ASSOCIATED_PARTNER").then()
                .statusCode(201);
        call.put("maxPartners", 2);
        Api.ADVISOR.put("/api/v1/calls/{id}", "\"0\"", call, callId).then().statusCode(200);

        // The checklist's item carries the figures its problem would: the call's cap and the partnership's size.
        applicant.get("/api/v1/applications/{id}/readiness", id).then().statusCode(200)
                .body("nextSteps.needs.flatten().findAll { it.code == 'PARTNERSHIP-003' }.params",
                        equalTo(List.of(Map.of("max", 2, "count", 3))));
        step(Api.coordinator(unitCode), id, Map.of("action", "APPROVE_FOR_UNIT"), 400)
                .body("errors.findAll { it.code == 'PARTNERSHIP-003' }.params", equalTo(List.of(Map.of("max", 2, "count", 3))));
    }

    private static io.restassured.response.ValidatableResponse step(Api who, String id, Map<String, Object> body,
            int status) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", id).header("ETag");
        return who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", id).then().statusCode(status);
    }

    private static String member(String application, String organisation) {
        return Api.ADVISOR.get("/api/v1/applications/{id}/partners", application).then().extract().jsonPath()
                .getString("find { it.organisationId == '" + organisation + "' }.id");
    }
}
