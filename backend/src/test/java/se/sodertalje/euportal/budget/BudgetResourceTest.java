package se.sodertalje.euportal.budget;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class BudgetResourceTest {

    private final String code = Api.uniqueCode("BU");
    private Api applicant;
    private String application;
    private String lead;
    private String partner;

    /** A draft Interreg application, 2027–2028 (four 6-month periods), with a lead partner and a partner. */
    private void draft() {
        UUID unit = Api.createUnit(code, "Budgetkontoret");
        applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("BU"), "INTERREG");
        String call = Api.createCall(programme, Api.uniqueCode("BU-CALL"), "Budgetutlysning", 30, null);
        application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "callId", call,
                "title", "Budgetprojekt " + code, "acronym", "BUDGET", "summary", "En budget.", "periodStart", "2027-01-01",
                "periodEnd", "2028-12-31")).then().statusCode(201).extract().path("id");
        lead = Api.createPartner("Södertälje kommun " + code, "SE", "MUNICIPALITY");
        partner = Api.createPartner("Turun kaupunki " + code, "FI", "MUNICIPALITY");
        applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId", lead, "role", "LEAD_PARTNER"),
                application).then().statusCode(201);
        applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId", partner, "role", "PARTNER"),
                application).then().statusCode(201);
    }

    private static Map<String, Object> line(String id, String partnerId, String category, int period, String amount) {
        Map<String, Object> line = new HashMap<>(Map.of("id", id, "partnerId", partnerId, "category", category,
                "period", period, "kind", "REAL_COST", "currency", "EUR", "amount", new java.math.BigDecimal(amount)));
        return line;
    }

    private static Map<String, Object> plan(String partnerId, String euRate, String own, Map<String, Object>... rates) {
        return Map.of("partnerId", partnerId, "flatRates", List.of(rates), "euRatePercent", new java.math.BigDecimal(euRate),
                "contributions", Map.of("OWN_MUNICIPAL_FUNDS", new java.math.BigDecimal(own)));
    }

    /**
     * Södertälje: staff 10 000 in period 1 with 15 % office on staff (1 500) → 11 500, 80 % EU = 9 200, own 2 300.
     * Turku: external expertise 5 000.50 in period 2 → 80 % = 4 000.40, own 1 000.10.
     */
    private Map<String, Object> validBudget() {
        return new HashMap<>(Map.of("currency", "EUR", "partners", List.of(
                plan(lead, "80", "2300.00", Map.of("type", "OFFICE_ON_STAFF_COSTS", "percent", 15)),
                plan(partner, "80", "1000.10")),
                "lines", new ArrayList<>(List.of(line("l1", lead, "STAFF", 1, "10000.00"),
                        line("l2", partner, "EXTERNAL_EXPERTISE", 2, "5000.50")))));
    }

    @Test
    void aValidBudgetIsSavedWithItsFiguresAndABrokenRuleSavesNothing() {
        draft();
        Map<String, Object> broken = validBudget();
        ((List<Object>) broken.get("lines")).add(line("l3", lead, "OFFICE_ADMINISTRATION", 1, "100.00"));
        applicant.post("/api/v1/applications/{id}/budget", broken, application).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("BUDGET-004"))
                .body("errors.field", hasItem("lines[2].category")).body("errors.code", hasItem("BUDGET-007"));
        applicant.get("/api/v1/applications/{id}/budget", application).then().statusCode(404);

        applicant.post("/api/v1/applications/{id}/budget", validBudget(), application).then().statusCode(201)
                .header("ETag", "\"0\"").body("periods", equalTo(4)).body("summary.total", equalTo(16500.5f))
                .body("summary.euShare", equalTo(13200.4f)).body("violations.size()", equalTo(0))
                .body("summary.flatRates[0].amount", equalTo(1500.0f));
        applicant.post("/api/v1/applications/{id}/budget", validBudget(), application).then().statusCode(409)
                .body("code", equalTo("BUDGET-015"));
        applicant.request().contentType("application/json").body(broken)
                .post("/api/v1/applications/{id}/budget/preview", application).then().statusCode(200)
                .body("violations.code", hasItem("BUDGET-004")).body("summary.total", equalTo(16600.5f));
        Api.AUDITOR.get("/api/v1/applications/{id}/budget", application).then().statusCode(200)
                .body("summary.partners.euShare", contains(9200.0f, 4000.4f));
        Map<String, Object> shapeless = validBudget();
        Map<String, Object> noCategory = line("l9", lead, "STAFF", 1, "1.00");
        noCategory.remove("category");
        noCategory.put("id", " ");
        ((List<Object>) shapeless.get("lines")).add(noCategory);
        applicant.raw().contentType("application/json").body(shapeless)
                .post("/api/v1/applications/{id}/budget/preview", application).then().statusCode(400)
                .body("code", equalTo("VALIDATION")).body("errors.field", contains("lines[2].id", "lines[2].category"));
        Api.applicant("ANNAN-" + code).get("/api/v1/applications/{id}/budget", application).then().statusCode(404);
    }

    @Test
    void theSummaryComesWithoutTheLinesWhenAskedAndCompressedWhenTheClientAllows() {
        draft();
        applicant.post("/api/v1/applications/{id}/budget", validBudget(), application).then().statusCode(201);
        applicant.get("/api/v1/applications/{id}/budget?lines=false", application).then().statusCode(200)
                .header("ETag", "\"0\"").body("content.lines.size()", equalTo(0))
                .body("summary.total", equalTo(16500.5f)).body("content.partners.size()", equalTo(2));
        applicant.get("/api/v1/applications/{id}/budget", application).then().statusCode(200)
                .body("content.lines.size()", equalTo(2));
        // REST Assured asks for gzip and inflates the body; the header shows the backend compressed it.
        applicant.raw().header("Accept-Encoding", "gzip").get("/api/v1/applications/{id}/budget", application).then()
                .statusCode(200).header("Content-Encoding", "gzip").header("ETag", "\"0\"");
    }

    @Test
    void aSaveShowsInTheNextReadWithOrWithoutCompression() {
        draft();
        applicant.post("/api/v1/applications/{id}/budget", validBudget(), application).then().statusCode(201);
        applicant.get("/api/v1/applications/{id}/budget", application).then().statusCode(200).header("ETag", "\"0\"")
                .body("content.sekPerEur", org.hamcrest.Matchers.nullValue());
        Map<String, Object> changed = validBudget();
        changed.put("sekPerEur", new java.math.BigDecimal("11.2000"));
        applicant.put("/api/v1/applications/{id}/budget", "\"0\"", changed, application).then().statusCode(200);
        applicant.raw().header("Accept-Encoding", "gzip").get("/api/v1/applications/{id}/budget", application).then()
                .statusCode(200).header("Content-Encoding", "gzip").header("ETag", "\"1\"")
                .body("content.sekPerEur", equalTo(11.2f)).body("content.lines.size()", equalTo(2));
        // A client that takes no gzip gets the same document plain (REST Assured asks for gzip unless told not to).
        applicant.raw().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/api/v1/applications/{id}/budget?lines=false", application).then().statusCode(200)
                .header("Content-Encoding", org.hamcrest.Matchers.not("gzip"))
                .header("Content-Type", org.hamcrest.Matchers.startsWith("application/json")).header("ETag", "\"1\"")
                .body("content.sekPerEur", equalTo(11.2f))
                .body("content.lines.size()", equalTo(0)).body("summary.lines.size()", equalTo(0))
                .body("summary.total", equalTo(16500.5f));
    }

    @Test
    void twoEditsWithOneVersionLoseNoUpdate() throws Exception {
        draft();
        applicant.post("/api/v1/applications/{id}/budget", validBudget(), application).then().statusCode(201);
        Map<String, Object> first = validBudget();
        first.put("sekPerEur", new java.math.BigDecimal("11.4830"));
        Map<String, Object> second = validBudget();
        second.put("sekPerEur", new java.math.BigDecimal("11.2000"));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> applicant.put(
                "/api/v1/applications/{id}/budget", "\"0\"", first, application).statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> applicant.put(
                "/api/v1/applications/{id}/budget", "\"0\"", second, application).statusCode());
        List<Integer> statuses = new ArrayList<>(List.of(a.get(), b.get()));
        statuses.sort(Integer::compareTo);
        assertEquals(List.of(200, 412), statuses);
        applicant.get("/api/v1/applications/{id}/budget", application).then().header("ETag", "\"1\"");
    }

    @Test
    void versionsAreFrozenOnSubmissionAndGrantAndCanBeCompared() {
        draft();
        String budget = applicant.post("/api/v1/applications/{id}/budget", validBudget(), application).then()
                .statusCode(201).extract().path("id");
        Api coordinator = Api.coordinator(code);
        step(coordinator, Map.of("action", "APPROVE_FOR_UNIT"), 200);
        applicant.put("/api/v1/applications/{id}/budget", "\"0\"", validBudget(), application).then().statusCode(409)
                .body("code", equalTo("APPLICATION-002"));
        step(Api.ADVISOR, Map.of("action", "START_REVIEW"), 200);
        step(Api.ADVISOR, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Budgeten håller"), 200);
        step(coordinator, Map.of("action", "SUBMIT", "funderReference", "CB-7", "submittedOn", LocalDate.now().toString()), 200);
        step(Api.ADVISOR, Map.of("action", "RECORD_GRANT", "grantedAmount", 12500.00, "decisionOn",
                LocalDate.now().toString()), 200);
        Api.AUDITOR.get("/api/v1/budgets/{id}/versions", budget).then().statusCode(200)
                .body("kind", contains("SUBMITTED", "GRANTED")).body("[0].euShare", equalTo(13200.4f));

        Map<String, Object> revised = validBudget();
        ((List<Map<String, Object>>) revised.get("lines")).set(1, line("l2", partner, "EXTERNAL_EXPERTISE", 2, "3500.50"));
        revised.put("partners", List.of(plan(lead, "80", "2300.00", Map.of("type", "OFFICE_ON_STAFF_COSTS", "percent", 15)),
                plan(partner, "80", "700.10")));
        Api.ADVISOR.post("/api/v1/budgets/{id}/granted", revised, budget).then().statusCode(400)
                .body("code", equalTo("BUDGET-014"));
        applicant.post("/api/v1/budgets/{id}/revisions", Map.of("reason", "Turku's expert costs less", "content", revised),
                budget).then().statusCode(201).body("number", equalTo(3)).body("kind", equalTo("REVISED"))
                .body("reason", equalTo("Turku's expert costs less")).body("euShare", equalTo(12000.4f))
                .body("request.state", equalTo("PROPOSED"));
        Api.AUDITOR.get("/api/v1/budgets/{id}/compare?from=1&to=3", budget).then().statusCode(200)
                .body("lines.change", contains("UNCHANGED", "CHANGED")).body("lines[1].difference", equalTo(-1500.0f))
                .body("fromTotal", equalTo(16500.5f)).body("toTotal", equalTo(15000.5f));
        Api.AUDITOR.get("/api/v1/budgets/{id}/versions/1", budget).then().body("content.lines[1].amount", equalTo(5000.5f));

        byte[] xlsx = Api.AUDITOR.raw().accept(BudgetResource.XLSX).get("/api/v1/budgets/{id}/xlsx?version=3", budget)
                .then().statusCode(200).contentType(BudgetResource.XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("budget-BUDGET-v3.xlsx"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {'P', 'K'}, new byte[] {xlsx[0], xlsx[1]}, "an XLSX file is a zip");
    }

    @Test
    void anApprovalNeedsItsBudgetValidAgainstTheCurrentPartnership() {
        draft();
        applicant.post("/api/v1/applications/{id}/budget", validBudget(), application).then().statusCode(201);
        // Read once first: the document kept from this read must not outlive the partnership it was checked against.
        applicant.get("/api/v1/applications/{id}/budget", application).then().body("violations.size()", equalTo(0));
        String third = Api.createPartner("Tartu linn " + code, "EE", "MUNICIPALITY");
        applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId", third, "role", "PARTNER"),
                application).then().statusCode(201);
        applicant.get("/api/v1/applications/{id}/budget", application).then().body("violations[0].code",
                equalTo("BUDGET-008"));
        // The unit cannot approve it for the funder's eyes while its budget breaks a rule (as before submission).
        step(Api.coordinator(code), Map.of("action", "APPROVE_FOR_UNIT"), 400)
                .body("errors.field", hasItem("budget.partners")).body("errors.code", hasItem("BUDGET-008"));
    }

    private ValidatableResponse step(Api who, Map<String, Object> body, int status) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", application).header("ETag");
        return who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", application).then().statusCode(status);
    }
}
