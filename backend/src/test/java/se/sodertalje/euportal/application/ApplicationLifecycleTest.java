package se.sodertalje.euportal.application;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** Worked lifecycle paths through the API, each step by the role that may take it. */
@QuarkusTest
class ApplicationLifecycleTest {

    @Inject
    EntityManager em;

    private String code;
    private UUID unit;
    private String call;
    private UUID programme;
    private Api applicant;
    private Api coordinator;

    @BeforeEach
    void unitAndCall() {
        code = Api.uniqueCode("AP");
        unit = Api.createUnit(code, "Ansökningskontoret");
        programme = Api.createProgramme(Api.uniqueCode("AP"), "ERDF");
        call = Api.createCall(programme, Api.uniqueCode("AP-CALL"),
                "Grön omställning", 40, null);
        applicant = Api.applicant(code);
        coordinator = Api.coordinator(code);
    }

    private Map<String, Object> draft(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.toString());
        body.put("callId", call);
        body.put("title", title);
        body.put("acronym", "GREEN");
        body.put("summary", "Skolgårdar som klarar skyfall.");
        body.put("workPackages", List.of(Map.of("title", "WP1 Ledning", "activities", List.of("Styrgrupp"),
                "deliverables", List.of("Slutrapport"))));
        body.put("periodStart", "2027-01-01");
        body.put("periodEnd", "2028-12-31");
        return body;
    }

    private String create(String title) {
        return applicant.post("/api/v1/applications", draft(title)).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("allowedActions", equalTo(List.of())).extract().path("id");
    }

    private Response step(Api who, String id, Map<String, Object> body) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", id).header("ETag");
        return who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", id);
    }

    private void stepOk(Api who, String id, Map<String, Object> body, String expected) {
        step(who, id, body).then().statusCode(200).body("status", equalTo(expected));
    }

    private void toReadyToSubmit(String id) {
        Api.leadWithBudget(applicant, id);
        stepOk(coordinator, id, Map.of("action", "APPROVE_FOR_UNIT"), "UNIT_APPROVED");
        stepOk(Api.ADVISOR, id, Map.of("action", "START_REVIEW"), "IN_REVIEW");
        stepOk(Api.ADVISOR, id, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Bra budget"), "READY_TO_SUBMIT");
    }

    @Test
    void happyPathFromDraftToGrantWithATimeline() {
        String id = create("Gröna skolgårdar");
        coordinator.get("/api/v1/applications/{id}", id).then().body("allowedActions", contains("APPROVE_FOR_UNIT", "WITHDRAW"));
        toReadyToSubmit(id);
        stepOk(coordinator, id, Map.of("action", "SUBMIT", "funderReference", "20304050",
                "submittedOn", LocalDate.now().toString()), "SUBMITTED");
        stepOk(Api.ADVISOR, id, Map.of("action", "RECORD_GRANT", "grantedAmount", 1250000.50,
                "decisionOn", LocalDate.now().toString()), "GRANTED");
        applicant.get("/api/v1/applications/{id}", id).then().body("grantedAmount", equalTo(1250000.5f))
                .body("funderReference", equalTo("20304050"));
        String project = applicant.get("/api/v1/projects?unitId={u}", unit).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].applicationId", equalTo(id))
                .body("items[0].status", equalTo("RUNNING")).body("items[0].grantedAmount", equalTo(1250000.5f))
                .body("items[0].title", equalTo("Gröna skolgårdar")).extract().path("items[0].id");
        Api.AUDITOR.get("/api/v1/projects/{id}", project).then().statusCode(200).header("ETag", "\"0\"");
        // The change history: the grant last, the lead partner's arrival among the changes.
        Api.AUDITOR.get("/api/v1/applications/{id}/history", id).then().statusCode(200)
                .body("[0].changes.find { it.field == 'status' }.newValue", equalTo("GRANTED"))
                .body("changes.flatten().field", org.hamcrest.Matchers.hasItems("organisationId", "title"));
        applicant.get("/api/v1/applications/{id}/history", id).then().statusCode(403);
        Api.coordinator("ANNAN").get("/api/v1/projects/{id}", project).then().statusCode(404);
        Api.coordinator("ANNAN").get("/api/v1/projects?size=200").then().body("items.id", not(hasItem(project)));
        applicant.get("/api/v1/applications/{id}/timeline", id).then().statusCode(200)
                .body("action", contains("APPROVE_FOR_UNIT", "START_REVIEW", "CLEAR_FOR_SUBMISSION", "SUBMIT", "RECORD_GRANT"))
                .body("[0].actor.name", equalTo("Test coordinator-" + code))
                .body("[1].actor.name", equalTo("Test ada.advisor")).body("[2].comment", equalTo("Bra budget"))
                .body("[3].fromStatus", equalTo("READY_TO_SUBMIT")).body("[3].toStatus", equalTo("SUBMITTED"));
    }

    @Test
    void returnForChangesNeedsACommentAndReopensTheDraft() {
        String id = create("Digitala lärresurser");
        Api.leadWithBudget(applicant, id);
        stepOk(coordinator, id, Map.of("action", "APPROVE_FOR_UNIT"), "UNIT_APPROVED");
        stepOk(Api.ADVISOR, id, Map.of("action", "START_REVIEW"), "IN_REVIEW");
        step(Api.ADVISOR, id, Map.of("action", "RETURN_FOR_CHANGES")).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        stepOk(Api.ADVISOR, id, Map.of("action", "RETURN_FOR_CHANGES", "comment", "Förtydliga målen"), "DRAFT");
        String etag = applicant.get("/api/v1/applications/{id}", id).header("ETag");
        applicant.put("/api/v1/applications/{id}", etag, draft("Digitala lärresurser 2.0"), id).then().statusCode(200)
                .body("title", equalTo("Digitala lärresurser 2.0"));
        applicant.get("/api/v1/applications/{id}/timeline", id).then().body("[2].comment", equalTo("Förtydliga målen"));
    }

    @Test
    void rejectionAndWithdrawalAreRecordedWithTheirReasons() {
        String rejected = create("Avslag");
        toReadyToSubmit(rejected);
        stepOk(Api.ADVISOR, rejected, Map.of("action", "SUBMIT", "funderReference", "REF-1",
                "submittedOn", LocalDate.now().toString()), "SUBMITTED");
        step(Api.ADVISOR, rejected, Map.of("action", "RECORD_REJECTION", "decisionOn", LocalDate.now().toString()))
                .then().statusCode(400).body("errors.field", equalTo(List.of("rejectionReason")));
        stepOk(Api.ADVISOR, rejected, Map.of("action", "RECORD_REJECTION", "rejectionReason", "Låg poäng på relevans",
                "decisionOn", LocalDate.now().toString()), "REJECTED");
        Api.ADVISOR.get("/api/v1/projects?unitId={u}", unit).then().body("total", equalTo(0));
        applicant.get("/api/v1/applications/{id}", rejected).then().body("rejectionReason", equalTo("Låg poäng på relevans"));

        String withdrawn = create("Återtagen");
        stepOk(coordinator, withdrawn, Map.of("action", "WITHDRAW", "comment", "Partnern hoppade av"), "WITHDRAWN");
        step(Api.ADVISOR, withdrawn, Map.of("action", "START_REVIEW")).then().statusCode(409)
                .body("code", equalTo("APPLICATION-001"));
    }

    @Test
    void aForbiddenStepChangesNothing() {
        String id = create("Otillåtet");
        step(applicant, id, Map.of("action", "APPROVE_FOR_UNIT")).then().statusCode(403);
        step(Api.ADVISOR, id, Map.of("action", "APPROVE_FOR_UNIT")).then().statusCode(403)
                .body("code", equalTo("APPLICATION-003"));
        step(Api.ADVISOR, id, Map.of("action", "SUBMIT", "funderReference", "X", "submittedOn", LocalDate.now().toString()))
                .then().statusCode(409);
        Api.ADVISOR.get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
        applicant.get("/api/v1/applications/{id}/timeline", id).then().body("size()", equalTo(0));
    }

    @Test
    void theSubmittedVersionIsFrozenAndTheDatabaseRefusesToChangeIt() {
        String id = create("Fryst version");
        applicant.get("/api/v1/applications/{id}/submitted", id).then().statusCode(404);
        toReadyToSubmit(id);
        stepOk(coordinator, id, Map.of("action", "SUBMIT", "funderReference", "F-9", "submittedOn",
                LocalDate.now().toString()), "SUBMITTED");
        Response submitted = applicant.get("/api/v1/applications/{id}/submitted", id);
        submitted.then().statusCode(200).body("content.title", equalTo("Fryst version"))
                .body("content.workPackages[0].title", equalTo("WP1 Ledning"));
        String sha = submitted.path("sha256");
        String etag = applicant.get("/api/v1/applications/{id}", id).header("ETag");
        applicant.put("/api/v1/applications/{id}", etag, draft("Ändrad efteråt"), id).then().statusCode(409)
                .body("code", equalTo("APPLICATION-002"));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update application_snapshot set content = '{}' where application_id = cast(:id as uuid)")
                .setParameter("id", id).executeUpdate()));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select content from application_snapshot where application_id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult());
        assertEquals(sha, ApplicationContent.sha256(stored));
        applicant.get("/api/v1/applications/{id}/submitted", id).then().body("sha256", equalTo(sha));
    }

    @Test
    void anApplicationGoesOnOnlyWithABudgetThatHasCosts() {
        String id = create("Utan budget");
        String lead = Api.createPartner("Södertälje kommun " + code, "SE", "MUNICIPALITY");
        applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId", lead, "role", "LEAD_PARTNER"), id)
                .then().statusCode(201);
        Map<String, Object> approve = Map.of("action", "APPROVE_FOR_UNIT");
        step(coordinator, id, approve).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION"))
                .body("errors.field", equalTo(List.of("budget"))).body("errors.code", equalTo(List.of("BUDGET-017")));

        // An empty budget is no better; with its costs it goes on.
        applicant.post("/api/v1/applications/{id}/budget", Map.of("currency", "EUR", "lines", List.of(),
                "partners", List.of(Map.of("partnerId", lead, "flatRates", List.of(), "euRatePercent", 40,
                        "contributions", Map.of()))), id).then().statusCode(201);
        step(coordinator, id, approve).then().statusCode(400).body("errors.field", equalTo(List.of("budget.lines")))
                .body("errors.code", equalTo(List.of("BUDGET-017")));
        Api.ADVISOR.get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void submissionNeedsTheFundersReferenceAndAPastDate() {
        String id = create("Utan referens");
        toReadyToSubmit(id);
        step(coordinator, id, Map.of("action", "SUBMIT", "submittedOn", LocalDate.now().plusDays(3).toString()))
                .then().statusCode(400).body("errors.field", equalTo(List.of("funderReference", "submittedOn")));
    }

    @Test
    void anIdeaBecomesAnApplicationOnlyOnceItIsScreened() {
        String idea = applicant.post("/api/v1/ideas", Map.of("unitId", unit.toString(), "title", "Grön idé"))
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = draft("Från idé");
        body.put("ideaId", idea);
        applicant.post("/api/v1/applications", body).then().statusCode(409).body("code", equalTo("IDEA-001"));
        Api.ADVISOR.get("/api/v1/applications?unitId={u}", unit).then().body("total", equalTo(0));
        applicant.put("/api/v1/ideas/{id}/screening", "\"0\"", Map.of("investigated", true, "programmeIds", List.of(),
                "callIds", List.of(call), "outcome", "APPLY", "reason", "Passar utlysningen"), idea).then().statusCode(200);
        applicant.post("/api/v1/applications", body).then().statusCode(201).body("ideaId", equalTo(idea));
        Api.coordinator("ANNAN").post("/api/v1/applications", body).then().statusCode(400)
                .body("errors.field", equalTo(List.of("unitId", "ideaId")));
    }

    @Test
    void theListShouldFilterByProgrammeAndByTheCallsDeadline() {
        String id = create("Med deadline");
        String deadline = Api.ADVISOR.get("/api/v1/calls/{id}", call).path("closesAt");
        applicant.get("/api/v1/applications/{id}", id).then().body("callClosesAt", equalTo(deadline));
        Api.ADVISOR.get("/api/v1/applications?programmeId={p}", programme).then().body("items.id", contains(id));
        Api.ADVISOR.get("/api/v1/applications?programmeId={p}&callClosesBefore={t}", programme,
                java.time.OffsetDateTime.now().plusDays(10).toString()).then().body("total", equalTo(0));
        Api.ADVISOR.get("/api/v1/applications?programmeId={p}&callClosesBefore={t}", programme,
                java.time.OffsetDateTime.now().plusDays(60).toString()).then().body("items.id", contains(id));
    }

    @Test
    void anotherUnitsApplicationsStayOutOfReach() {
        String id = create("Bara vår");
        Api other = Api.coordinator("ANNAN-ENHET");
        other.get("/api/v1/applications/{id}", id).then().statusCode(404);
        other.get("/api/v1/applications?size=200").then().body("items.id", not(hasItem(id)));
        other.request().contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("action", "APPROVE_FOR_UNIT")).post("/api/v1/applications/{id}/transitions", id)
                .then().statusCode(404);
        other.post("/api/v1/applications", draft("Kapad")).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        Api.AUDITOR.get("/api/v1/applications?unitId={u}", unit).then().body("items.id", hasItem(id));
    }
}
