package se.sodertalje.euportal.application.readiness;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** Approval for the unit and clearing for submission are refused, as submission is, with every missing item. */
@QuarkusTest
class ApplicationReadinessTest {

    @Inject
    EntityManager em;

    private String code;
    private UUID unit;
    private Api applicant;

    @BeforeEach
    void unit() {
        code = Api.uniqueCode("RE");
        unit = Api.createUnit(code, "Beredskapskontoret");
        applicant = Api.applicant(code);
    }

    private ValidatableResponse step(Api who, String id, Map<String, Object> body) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", id).header("ETag");
        return who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", id).then();
    }

    /** A draft with a title and a one-day period only, and two partners of which neither leads. */
    private String bareDraft() {
        String id = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Halvfärdig",
                "periodStart", "2027-03-01", "periodEnd", "2027-03-01")).then().statusCode(201).extract().path("id");
        for (String name : List.of("Gdańsk ", "Turku ")) {
            applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId",
                    Api.createPartner(name + code, "PL", "MUNICIPALITY"), "role", "PARTNER"), id).then().statusCode(201);
        }
        return id;
    }

    private static final List<String> FIELDS = List.of("callId", "periodEnd", "acronym", "summary", "partners", "budget");
    private static final List<String> CODES = List.of("READINESS-001", "READINESS-003", "READINESS-006", "READINESS-007",
            "PARTNERSHIP-004", "BUDGET-017");

    @Test
    void approvalForTheUnitIsRefusedWithEveryMissingItem() {
        String id = bareDraft();
        step(Api.coordinator(code), id, Map.of("action", "APPROVE_FOR_UNIT")).statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION"))
                .body("errors.field", equalTo(FIELDS)).body("errors.code", equalTo(CODES));
        Api.ADVISOR.get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
        applicant.get("/api/v1/applications/{id}/timeline", id).then().body("size()", equalTo(0));
    }

    @Test
    void clearingForSubmissionIsRefusedWithEveryMissingItem() {
        // An application taken into review before the checklist existed (as some in service were).
        String id = bareDraft();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update application set status = 'IN_REVIEW' where id = cast(:id as uuid)").setParameter("id", id)
                .executeUpdate());
        step(Api.ADVISOR, id, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Ser bra ut")).statusCode(400)
                .body("code", equalTo("VALIDATION")).body("errors.field", equalTo(FIELDS))
                .body("errors.code", equalTo(CODES));
        Api.ADVISOR.get("/api/v1/applications/{id}", id).then().body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void aPeriodBeyondTheProgrammesLastEligibleDayIsRefusedAndAdviceNeverIs() {
        String id = Api.readyDraft(applicant, unit, "För lång");
        String etag = applicant.get("/api/v1/applications/{id}", id).header("ETag");
        String call = applicant.get("/api/v1/applications/{id}", id).path("callId");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("unitId", unit.toString(), "callId", call, "title",
                "För lång", "acronym", "LONG", "summary", "Ett år för länge.", "periodStart", "2027-01-01",
                "periodEnd", "2030-06-30"));
        applicant.put("/api/v1/applications/{id}", etag, body, id).then().statusCode(200);
        step(Api.coordinator(code), id, Map.of("action", "APPROVE_FOR_UNIT")).statusCode(400)
                .body("errors.field", equalTo(List.of("periodEnd"))).body("errors.code", equalTo(List.of("READINESS-004")))
                .body("errors[0].message", equalTo("the programme's costs are eligible until 2029-12-31; end the project by then"));

        body.put("periodEnd", "2029-12-31");
        applicant.put("/api/v1/applications/{id}", "\"1\"", body, id).then().statusCode(200);
        // Without work packages (advised only) it goes on.
        step(Api.coordinator(code), id, Map.of("action", "APPROVE_FOR_UNIT")).statusCode(200)
                .body("status", equalTo("UNIT_APPROVED"));
    }
}
