package se.sodertalje.euportal.application.readiness;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.util.GreenMail;

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
import se.sodertalje.euportal.support.SmtpServer.InjectSmtpServer;
import se.sodertalje.euportal.support.Tokens;

/** Approval for the unit and clearing for submission are refused, as submission is, with every missing item. */
@QuarkusTest
class ApplicationReadinessTest {

    @Inject
    EntityManager em;

    @InjectSmtpServer
    GreenMail smtp;

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

    @Test
    void theNextStepNamesWhoTakesItAndWhatItNeedsNeverAServiceAccount() {
        Api coordinator = Api.coordinator(code);
        coordinator.get("/api/v1/me").then().statusCode(200);
        Map<String, Object> contact = new java.util.HashMap<>(Map.of("unitId", unit.toString(), "name", "Cecilia Samordnare",
                "email", "cecilia." + code.toLowerCase() + "@example.se", "roles", List.of("INTERNATIONAL_COORDINATOR"),
                "activeFrom", "2025-01-01"));
        Api.ADVISOR.post("/api/v1/contact-persons", contact).then().statusCode(201);
        Api service = new Api(Tokens.of("service-account-euportal-integration", List.of(), "advisor"));
        service.get("/api/v1/units").then().statusCode(200);

        String id = bareDraft();
        applicant.get("/api/v1/applications/{id}/readiness", id).then().statusCode(200)
                .contentType("application/json").body("status", equalTo("DRAFT"))
                .body("nextSteps.action", contains("APPROVE_FOR_UNIT"))
                .body("nextSteps[0].roles", contains("coordinator"))
                .body("nextSteps[0].people.name", contains("Cecilia Samordnare", "Test coordinator-" + code))
                .body("nextSteps[0].people[1].subject", equalTo("sub-coordinator-" + code))
                .body("nextSteps[0].yours", equalTo(false)).body("nextSteps[0].ready", equalTo(false))
                .body("nextSteps[0].needs.code", contains("READINESS-001", "READINESS-003", "READINESS-006",
                        "READINESS-007", "PARTNERSHIP-004", "BUDGET-017", "READINESS-008"))
                .body("nextSteps[0].needs.section", contains("CALL", "PERIOD", "DESCRIPTION", "DESCRIPTION",
                        "PARTNERSHIP", "BUDGET", "WORK_PACKAGES"))
                .body("nextSteps[0].needs.blocking", contains(true, true, true, true, true, true, false));
        coordinator.get("/api/v1/applications/{id}/readiness", id).then().body("nextSteps[0].yours", equalTo(true));
        Api.coordinator("ANNAN-" + code).get("/api/v1/applications/{id}/readiness", id).then().statusCode(404);

        // A ready draft approved: the advisors are told (in the portal and by e-mail), the service account is not.
        String ready = Api.readyDraft(applicant, unit, "Redo " + code);
        step(coordinator, ready, Map.of("action", "APPROVE_FOR_UNIT")).statusCode(200);
        String link = "/applications/" + ready;
        Api.ADVISOR.get("/api/v1/notifications").then()
                .body("findAll { it.link == '" + link + "' }.kind", contains("APPLICATION_APPROVED"));
        service.get("/api/v1/notifications").then().body("link", not(hasItem(link)));
        org.junit.jupiter.api.Assertions.assertTrue(mailArrives("Redo " + code, "ada.advisor@example.test"),
                "the advisor gets an e-mail");
        Api.ADVISOR.get("/api/v1/applications/{id}/readiness", ready).then().body("nextSteps.action", contains("START_REVIEW"))
                .body("nextSteps[0].yours", equalTo(true)).body("nextSteps[0].needs", equalTo(List.of()))
                .body("nextSteps[0].people.name", not(hasItem("Test service-account-euportal-integration")));

        // Returned: the author is told, not the advisor who returned it.
        step(Api.ADVISOR, ready, Map.of("action", "RETURN_FOR_CHANGES", "comment", "Förtydliga målen")).statusCode(200);
        applicant.get("/api/v1/notifications").then().body("findAll { it.link == '" + link + "' }.kind",
                contains("RETURNED"));
        Api.ADVISOR.get("/api/v1/notifications").then().body("findAll { it.link == '" + link + "' }.kind",
                not(hasItem("RETURNED")));
    }

    /** The step's e-mail goes out in the background after the commit: wait for it a while. */
    /**
     * Up to 75 s: a first attempt can hang on the SMTP server's 30 s socket timeout (421) before the sender
     * tries once more, as seen in a CI run.
     */
    private boolean mailArrives(String subjectPart, String to) {
        for (int i = 0; i < 375; i++) {
            boolean arrived = java.util.Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> {
                try {
                    return m.getSubject().contains(subjectPart) && m.getAllRecipients()[0].toString().contains(to);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (arrived) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
