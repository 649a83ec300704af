package se.sodertalje.euportal.budget;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;
import se.sodertalje.euportal.support.Tokens;

/**
 * Budget change requests after the grant (issue 13). The granted budget: staff EUR 10 000.00 in
 * period 1 at 40 % EU, so an EU share of exactly 4 000.00, the amount granted.
 */
@QuarkusTest
class BudgetRevisionTest {

    private final String code = Api.uniqueCode("BR");
    private UUID unit;
    private Api applicant;
    private Projects.Granted project;
    private String budget;

    @BeforeEach
    void grantedProject() {
        unit = Api.createUnit(code, "Revisionskontoret");
        applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("BR"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("BR-CALL"), "Revisionsutlysning", 30, null);
        project = Projects.granted(code, unit, call);
        budget = applicant.get("/api/v1/applications/{id}/budget", project.applicationId()).then().statusCode(200)
                .extract().path("id");
    }

    /** The lead's staff cost in period 1 at an EU rate, the rest from the municipality's own funds. */
    private Map<String, Object> revision(String staff, String euRate, String own) {
        Map<String, Object> line = Map.of("id", "staff-1", "partnerId", project.leadId(), "category", "STAFF",
                "period", 1, "kind", "REAL_COST", "currency", "EUR", "amount", new BigDecimal(staff));
        Map<String, Object> plan = Map.of("partnerId", project.leadId(), "flatRates", List.of(),
                "euRatePercent", new BigDecimal(euRate), "contributions", Map.of("OWN_MUNICIPAL_FUNDS", new BigDecimal(own)));
        return Map.of("reason", "Ändrad finansiering", "content", Map.of("currency", "EUR", "partners", List.of(plan),
                "lines", List.of(line)));
    }

    private Response propose(Api who, Map<String, Object> body) {
        return who.post("/api/v1/budgets/{id}/revisions", body, budget);
    }

    private String requestTag(int number) {
        Object version = Api.ADVISOR.get("/api/v1/budgets/{id}/versions", budget).then().statusCode(200)
                .extract().path("find { it.number == " + number + " }.request.version");
        return "\"" + version + "\"";
    }

    private Response decide(Api who, int number, String ifMatch, String outcome, String comment) {
        var request = who.request().contentType("application/json").body(Map.of("outcome", outcome, "comment", comment));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/budgets/{id}/versions/{n}/decision", budget, number);
    }

    /** A financial report of period 1 claiming EUR 1 000.00 of staff costs: its EU amount follows the budget's rate. */
    private String claim() {
        String report = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        applicant.post("/api/v1/reports/{id}/expenditures", new HashMap<>(Map.of("partnerId", project.leadId(),
                "category", "STAFF", "spentOn", "2026-03-15", "supplier", "Lön", "description", "Projektledare",
                "invoiceNumber", "L-1", "amount", new BigDecimal("1000.00"), "currency", "EUR",
                "vatAmount", BigDecimal.ZERO, "vatRecoverable", false)), report).then().statusCode(201);
        return report;
    }

    @Test
    void aRevisionWithinTheGrantIsProposedAndCountsOnlyOnceAnAdvisorApprovesIt() throws Exception {
        // To the cent: 10 000.03 at 40 % is 4 000.012, an EU share of 4 000.01, one cent above the grant.
        propose(applicant, revision("10000.03", "40", "6000.02")).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("BUDGET-018"))
                .body("errors.code", hasItem("BUDGET-018"));
        // 30 % of 10 000.00 is 3 000.00: within the grant, proposed, not yet the baseline.
        propose(applicant, revision("10000.00", "30", "7000.00")).then().statusCode(201)
                .body("number", equalTo(3)).body("kind", equalTo("REVISED")).body("euShare", equalTo(3000.0f))
                .body("request.state", equalTo("PROPOSED")).body("request.decidedBy", nullValue())
                .body("baseline", equalTo(false));
        Api.AUDITOR.get("/api/v1/budgets/{id}/versions", budget).then().statusCode(200)
                .body("kind", contains("SUBMITTED", "GRANTED", "REVISED"))
                .body("baseline", contains(false, true, false)).body("[1].request", nullValue());
        propose(applicant, revision("10000.00", "35", "6500.00")).then().statusCode(409).body("code", equalTo("BUDGET-020"));

        // The claim is measured against the granted 40 %, not the proposed 30 %.
        String report = claim();
        applicant.get("/api/v1/reports/{id}/claim", report).then().statusCode(200).body("euClaimed", equalTo(400.0f));

        // The advisors have it on their to-do list and were told; the unit and the auditor cannot decide.
        Api.ADVISOR.get("/api/v1/me/tasks?limit=5000").then().statusCode(200)
                .body("items.findAll { it.kind == 'BUDGET_REVISION_PROPOSED' }.record.id", hasItem(project.applicationId()));
        Api.ADVISOR.get("/api/v1/notifications").then().statusCode(200)
                .body("findAll { it.kind == 'BUDGET_REVISION_PROPOSED' }.link",
                        hasItem("/applications/" + project.applicationId() + "/budget"));
        decide(applicant, 3, requestTag(3), "APPROVED", "Ok").then().statusCode(403);
        decide(Api.AUDITOR, 3, requestTag(3), "APPROVED", "Ok").then().statusCode(403);
        decide(Api.ADVISOR, 3, null, "APPROVED", "Ok").then().statusCode(428);
        decide(Api.ADVISOR, 3, "\"7\"", "APPROVED", "Ok").then().statusCode(412);
        decide(Api.ADVISOR, 2, "\"0\"", "APPROVED", "Ok").then().statusCode(409).body("code", equalTo("BUDGET-022"));
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", " ").then().statusCode(400);

        // Two advisors decide at once on the same version of the request: one decision stands.
        String tag = requestTag(3);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> decide(Api.ADVISOR, 3, tag, "APPROVED",
                "Omfördelningen är rimlig").statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> decide(Api.ADVISOR, 3, tag, "REJECTED",
                "Motivera bättre").statusCode());
        List<Integer> statuses = new ArrayList<>(List.of(a.get(), b.get()));
        statuses.sort(Integer::compareTo);
        assertEquals(200, statuses.get(0), statuses.toString());
        assertTrue(statuses.get(1) == 409 || statuses.get(1) == 412, statuses.toString());
        String state = Api.AUDITOR.get("/api/v1/budgets/{id}/versions", budget).then()
                .body("[2].request.decidedBy.name", not(nullValue())).extract().path("[2].request.state");
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", "Igen").then().statusCode(409).body("code", equalTo("BUDGET-021"));
        // The database refuses a second decision too.
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> BudgetRevision.update(
                "state = ?1 where budgetId = ?2", RevisionState.PROPOSED, UUID.fromString(budget))));

        if (state.equals("APPROVED")) {
            applicant.get("/api/v1/reports/{id}/claim", report).then().body("euClaimed", equalTo(300.0f));
            Api.AUDITOR.get("/api/v1/budgets/{id}/versions", budget).then().body("baseline", contains(false, false, true));
        } else {
            applicant.get("/api/v1/reports/{id}/claim", report).then().body("euClaimed", equalTo(400.0f));
            Api.AUDITOR.get("/api/v1/budgets/{id}/versions", budget).then().body("baseline", contains(false, true, false));
        }
        applicant.get("/api/v1/notifications").then().statusCode(200)
                .body("findAll { it.kind == 'BUDGET_REVISION_DECIDED' }.message",
                        hasItem(containsString(state.equals("APPROVED") ? "har godkänts" : "har avslagits")));
        Api.ADVISOR.get("/api/v1/me/tasks?limit=5000").then()
                .body("items.findAll { it.kind == 'BUDGET_REVISION_PROPOSED' }.record.id", not(hasItem(project.applicationId())));
        Api.AUDITOR.get("/api/v1/budgets/{id}/compare?from=2&to=3", budget).then().statusCode(200)
                .body("fromEuShare", equalTo(4000.0f)).body("toEuShare", equalTo(3000.0f));
    }

    @Test
    void anApprovedRevisionIsTheBaselineAndARejectedOneNever() {
        // An EU share of exactly the grant (4 000.00) is within it.
        propose(applicant, revision("10000.00", "30", "7000.00")).then().statusCode(201);
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", "Godkänd").then().statusCode(200)
                .body("request.state", equalTo("APPROVED")).body("request.comment", equalTo("Godkänd"))
                .body("request.decidedBy.name", not(nullValue())).body("baseline", equalTo(true));
        propose(applicant, revision("10000.00", "40", "6000.00")).then().statusCode(201).body("number", equalTo(4))
                .body("euShare", equalTo(4000.0f));
        decide(Api.ADVISOR, 4, requestTag(4), "REJECTED", "Ingen grund för ändringen").then().statusCode(200)
                .body("request.state", equalTo("REJECTED")).body("baseline", equalTo(false));
        Api.AUDITOR.get("/api/v1/budgets/{id}/versions", budget).then()
                .body("[0].request", nullValue()).body("[1].request", nullValue())
                .body("[2].request.state", equalTo("APPROVED")).body("[3].request.state", equalTo("REJECTED"))
                .body("baseline", contains(false, false, true, false));
        String report = claim();
        applicant.get("/api/v1/reports/{id}/claim", report).then().body("euClaimed", equalTo(300.0f));
        // The rejected one is still compared and opened.
        Api.AUDITOR.get("/api/v1/budgets/{id}/compare?from=3&to=4", budget).then().statusCode(200)
                .body("toEuShare", equalTo(4000.0f));
        Api.AUDITOR.get("/api/v1/budgets/{id}/versions/4", budget).then().statusCode(200)
                .body("version.request.state", equalTo("REJECTED"));
        applicant.get("/api/v1/notifications").then()
                .body("findAll { it.kind == 'BUDGET_REVISION_DECIDED' }.message", hasItem(containsString("har avslagits")));
    }

    @Test
    void anAdvisorNeverDecidesTheirOwnRequest() {
        // Four eyes: ada proposes the change herself; she cannot approve it, another advisor can.
        propose(Api.ADVISOR, revision("10000.00", "30", "7000.00")).then().statusCode(201);
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", "Ok").then().statusCode(409).body("code", equalTo("BUDGET-023"));
        decide(Api.ADVISOR, 3, requestTag(3), "REJECTED", "Nej").then().statusCode(409).body("code", equalTo("BUDGET-023"));
        Api.AUDITOR.get("/api/v1/budgets/{id}/versions/3", budget).then().statusCode(200)
                .body("version.request.state", equalTo("PROPOSED"));
        Api otherAdvisor = new Api(Tokens.of("otto.advisor", List.of("INT"), "advisor"));
        decide(otherAdvisor, 3, requestTag(3), "APPROVED", "Godkänd").then().statusCode(200)
                .body("request.state", equalTo("APPROVED"));
    }

    @Test
    void anArchivedProjectTakesNoRevisionAndNoDecision() {
        propose(applicant, revision("10000.00", "30", "7000.00")).then().statusCode(201);
        status(ProjectStatus.ARCHIVED);
        propose(applicant, revision("10000.00", "35", "6500.00")).then().statusCode(409).body("code", equalTo("BUDGET-019"));
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", "Ok").then().statusCode(409).body("code", equalTo("BUDGET-019"));
        status(ProjectStatus.CLOSED);
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", "Ok").then().statusCode(409).body("code", equalTo("BUDGET-019"));
        status(ProjectStatus.CLOSING);
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", "Ok").then().statusCode(200);
    }

    @Test
    void thePortfolioCountsTheApprovedRevisionOnly() {
        // The granted budget is in EUR without a planning rate: its co-financing cannot be counted in SEK.
        String portfolio = "/api/v1/dashboard/portfolio?unitId=" + unit;
        Api.ADVISOR.get(portfolio).then().statusCode(200).body("total.coFinancing", equalTo(0.0f))
                .body("unconverted.applicationId", hasItem(project.applicationId()));
        Map<String, Object> body = revision("10000.00", "30", "7000.00");
        Map<String, Object> content = new HashMap<>((Map<String, Object>) body.get("content"));
        content.put("sekPerEur", new BigDecimal("10.0000"));
        propose(applicant, Map.of("reason", "Planeringskurs", "content", content)).then().statusCode(201);
        Api.ADVISOR.get(portfolio).then().body("total.coFinancing", equalTo(0.0f)).body("total.euGranted", equalTo(0.0f));
        decide(Api.ADVISOR, 3, requestTag(3), "APPROVED", "Ok").then().statusCode(200);
        // Approved: EUR 7 000.00 of own funds and the EUR 4 000.00 granted, at 10 kronor per euro (the submitted
        // version, still without a rate, keeps the application among the unconverted).
        Api.ADVISOR.get(portfolio).then().body("total.coFinancing", equalTo(70000.0f))
                .body("total.euGranted", equalTo(40000.0f));
    }

    /** The project's status set directly: walking it to archived takes a paid claim and its retention date. */
    private void status(ProjectStatus status) {
        QuarkusTransaction.requiringNew().run(() -> Project.update("status = ?1 where id = ?2", status,
                UUID.fromString(project.projectId())));
    }
}
