package se.sodertalje.euportal.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.rate.ExchangeRate;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/** A granted project's reports through their workflow, with the claim's figures and the frozen rate. */
@QuarkusTest
class ReportFlowTest {

    private final String code = Api.uniqueCode("RP");
    private Api applicant;
    private Projects.Granted project;

    @BeforeEach
    void grantedProject() {
        UUID unit = Api.createUnit(code, "Rapportkontoret");
        applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("RP"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("RP-CALL"), "Rapportutlysning", 30, null);
        project = Projects.granted(code, unit, call);
    }

    private String report(String kind, Integer period) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind));
        if (period != null) {
            body.put("periodNumber", period);
        }
        return applicant.post("/api/v1/projects/{id}/reports", body, project.projectId()).then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/")).extract().path("id");
    }

    private Map<String, Object> expenditure(String category, String amount, String currency, String vat, boolean recoverable) {
        return new HashMap<>(Map.of("partnerId", project.leadId(), "category", category, "spentOn", "2026-03-15",
                "supplier", "Leverantör AB", "description", "Kostnad " + category, "invoiceNumber", "F-1",
                "amount", new BigDecimal(amount), "currency", currency, "vatAmount", new BigDecimal(vat),
                "vatRecoverable", recoverable));
    }

    /** These claims' lines have no evidence: the advisor accepts them only by confirming it with a comment. */
    private static final Map<String, Object> CONFIRMED_ACCEPT = Map.of("action", "ACCEPT", "confirmMissingEvidence", true,
            "comment", "Underlag finns hos ekonomi");

    private static String etag(String report) {
        return Api.ADVISOR.get("/api/v1/reports/{id}", report).header("ETag");
    }

    private static ValidatableResponse step(Api who, String report, Map<String, Object> body, int status) {
        return who.request().contentType("application/json").header("If-Match", etag(report)).body(body)
                .post("/api/v1/reports/{id}/transitions", report).then().statusCode(status);
    }

    private static void rate(YearMonth month, String unitsPerEur) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExchangeRate rate = ExchangeRate.findById(new ExchangeRate.Key("SEK", month.atDay(1)));
            if (rate == null) {
                rate = new ExchangeRate();
                rate.currency = "SEK";
                rate.month = month.atDay(1);
            }
            rate.unitsPerEur = new BigDecimal(unitsPerEur);
            rate.source = "test";
            rate.updatedBySubject = "test";
            rate.updatedAt = Instant.now();
            rate.persist();
        });
    }

    private static void noRate(YearMonth month) {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("currency = ?1 and month = ?2", "SEK", month.atDay(1)));
    }

    @Test
    void aClaimFreezesItsMonthsRateIsReturnedAcceptedSentReopenedAndPaid() {
        YearMonth month = YearMonth.now(Clocks.STOCKHOLM);
        noRate(month);
        String report = report("FINANCIAL", 1);
        applicant.post("/api/v1/reports/{id}/expenditures", expenditure("STAFF", "12000.00", "EUR", "0", false), report)
                .then().statusCode(201).body("eligible", equalTo(12000.0f));
        // 11 483.00 SEK with 2 296.60 recoverable VAT: 9 186.40 SEK eligible = EUR 800.00 at 11.4830
        applicant.post("/api/v1/reports/{id}/expenditures", expenditure("EXTERNAL_EXPERTISE", "11483.00", "SEK",
                "2296.60", true), report).then().statusCode(201).body("eligible", equalTo(9186.4f));

        // The month's rate is missing: the claim says so, and it cannot be submitted.
        applicant.get("/api/v1/reports/{id}/claim", report).then().statusCode(200).body("rateMissing", equalTo(true));
        step(applicant, report, Map.of("action", "SUBMIT"), 400).body("errors.code", contains("REPORT-004"))
                .body("errors[0].message", containsString(month.toString()));
        applicant.get("/api/v1/reports/{id}", report).then().body("status", equalTo("DRAFT"))
                .body("firstSubmittedAt", nullValue());

        rate(month, "11.4830");
        step(applicant, report, Map.of("action", "SUBMIT"), 200).body("status", equalTo("SUBMITTED"))
                .body("rateMonth", equalTo(month.toString())).body("unitsPerEur", equalTo(11.483f));
        applicant.get("/api/v1/reports/{id}/claim", report).then().statusCode(200)
                .body("eligibleTotal", equalTo(12800.0f)).body("euClaimed", equalTo(5120.0f))
                .body("eligibleTotalEur", equalTo(12800.0f)).body("rateMissing", equalTo(false))
                .body("warnings.findAll { it.partnerId == null }.category", contains("STAFF", "EXTERNAL_EXPERTISE"))
                .body("warnings.find { it.partnerId == null && it.category == 'STAFF' }.over", equalTo(2000.0f));

        // Returned with a comment; changed; the month's rate changes but the report keeps its own.
        step(applicant, report, Map.of("action", "ACCEPT"), 403).body("code", equalTo("REPORT-007"));
        step(Api.ADVISOR, report, Map.of("action", "RETURN"), 400).body("errors.field", contains("comment"));
        step(Api.ADVISOR, report, Map.of("action", "RETURN", "comment", "Bifoga lönebesked"), 200)
                .body("status", equalTo("RETURNED")).body("editable", equalTo(true));
        rate(month, "12.0000");
        applicant.post("/api/v1/reports/{id}/expenditures", expenditure("STAFF", "500.00", "EUR", "0", false), report)
                .then().statusCode(201);
        step(applicant, report, Map.of("action", "SUBMIT"), 200).body("unitsPerEur", equalTo(11.483f));
        step(Api.ADVISOR, report, CONFIRMED_ACCEPT, 200).body("status", equalTo("ACCEPTED"));
        step(Api.ADVISOR, report, Map.of("action", "SEND_TO_FUNDER", "sentOn", LocalDate.now(Clocks.STOCKHOLM).plusDays(2).toString(),
                "funderReference", "TVV-1", "confirmMissingEvidence", true, "comment", "Underlag finns hos ekonomi"), 400).body("errors.field", contains("sentOn"));
        step(Api.ADVISOR, report, Map.of("action", "SEND_TO_FUNDER", "sentOn", LocalDate.now(Clocks.STOCKHOLM).toString(),
                "funderReference", "TVV-1", "confirmMissingEvidence", true, "comment", "Underlag finns hos ekonomi"), 200).body("status", equalTo("SENT_TO_FUNDER"))
                .body("euClaimed", equalTo(5320.0f));

        // Reopened with the reason; the frozen rate stays; a payment waits until it is sent again.
        step(Api.ADVISOR, report, Map.of("action", "REOPEN", "comment", "Finansiären begär komplettering"), 200)
                .body("status", equalTo("DRAFT")).body("reopenReason", equalTo("Finansiären begär komplettering"))
                .body("unitsPerEur", equalTo(11.483f)).body("rateMonth", equalTo(month.toString()));
        Api.ADVISOR.put("/api/v1/reports/{id}/payment", etag(report), Map.of("paidAmount", new BigDecimal("5320.00"),
                "paidOn", LocalDate.now(Clocks.STOCKHOLM).toString()), report).then().statusCode(409).body("code", equalTo("REPORT-009"));
        step(applicant, report, Map.of("action", "SUBMIT"), 200).body("unitsPerEur", equalTo(11.483f));
        step(Api.ADVISOR, report, CONFIRMED_ACCEPT, 200);
        step(Api.ADVISOR, report, Map.of("action", "SEND_TO_FUNDER", "sentOn", LocalDate.now(Clocks.STOCKHOLM).toString(),
                "funderReference", "TVV-1b", "confirmMissingEvidence", true, "comment", "Underlag finns hos ekonomi"), 200);
        // Paid neither before it was sent (today) nor in the future.
        for (LocalDate wrong : List.of(LocalDate.now(Clocks.STOCKHOLM).minusDays(1), LocalDate.now(Clocks.STOCKHOLM).plusDays(1))) {
            Api.ADVISOR.put("/api/v1/reports/{id}/payment", etag(report), Map.of("paidAmount", new BigDecimal("5320.00"),
                    "paidOn", wrong.toString()), report).then().statusCode(400).body("errors[0].field", equalTo("paidOn"))
                    .body("errors[0].code", equalTo("REPORT-009"));
        }
        Api.ADVISOR.put("/api/v1/reports/{id}/payment", etag(report), Map.of("paidAmount", new BigDecimal("5320.00"),
                "paidOn", LocalDate.now(Clocks.STOCKHOLM).toString()), report).then().statusCode(200).body("paidAmount", equalTo(5320.0f));
        Api.AUDITOR.get("/api/v1/reports/{id}/timeline", report).then().statusCode(200)
                .body("action", contains("SUBMIT", "RETURN", "SUBMIT", "ACCEPT", "SEND_TO_FUNDER", "REOPEN", "SUBMIT",
                        "ACCEPT", "SEND_TO_FUNDER"))
                .body("[1].comment", equalTo("Bifoga lönebesked"));
        applicant.post("/api/v1/reports/{id}/expenditures", expenditure("STAFF", "1.00", "EUR", "0", false), report)
                .then().statusCode(409).body("code", equalTo("REPORT-010"));
    }

    @Test
    void expenditureMeetsTheBudgetsRulesAndTheProjectPeriod() {
        String report = report("FINANCIAL", 2);
        String stranger = Api.createPartner("Främling " + code, "DE", "MUNICIPALITY");
        Map<String, Object> outsider = expenditure("STAFF", "100.00", "EUR", "0", false);
        outsider.put("partnerId", stranger);
        applicant.post("/api/v1/reports/{id}/expenditures", outsider, report).then().statusCode(400)
                .contentType("application/problem+json").body("errors.code", hasItem("BUDGET-008"));
        Map<String, Object> late = expenditure("STAFF", "100.00", "EUR", "0", false);
        late.put("spentOn", "2028-01-15");
        applicant.post("/api/v1/reports/{id}/expenditures", late, report).then().statusCode(400)
                .body("errors.field", contains("spentOn")).body("errors.code", contains("REPORT-011"))
                .body("errors[0].params", equalTo(Map.of("periodStart", "2026-01-01", "periodEnd", "2027-12-31")));
        applicant.post("/api/v1/reports/{id}/expenditures", expenditure("STAFF", "100.00", "EUR", "200.00", true), report)
                .then().statusCode(400).body("errors.field", contains("vatAmount"))
                .body("errors[0].params", equalTo(Map.of("amount", 100.0f)));
        applicant.get("/api/v1/reports/{id}/expenditures", report).then().statusCode(200).body("size()", equalTo(0));
        step(applicant, report, Map.of("action", "SUBMIT"), 400).body("errors.code", contains("REPORT-003"));

        // Two people change the same line: the second, with the old version, is refused.
        String line = applicant.post("/api/v1/reports/{id}/expenditures", expenditure("STAFF", "100.00", "EUR", "0", false),
                report).then().statusCode(201).extract().path("id");
        Response first = applicant.put("/api/v1/reports/{r}/expenditures/{id}", "\"0\"",
                expenditure("STAFF", "150.00", "EUR", "0", false), report, line);
        Response second = applicant.put("/api/v1/reports/{r}/expenditures/{id}", "\"0\"",
                expenditure("STAFF", "175.00", "EUR", "0", false), report, line);
        assertEquals(List.of(200, 412), List.of(first.statusCode(), second.statusCode()));
        applicant.get("/api/v1/reports/{id}/expenditures", report).then().body("[0].amount", equalTo(150.0f));
        Api.AUDITOR.get("/api/v1/reports/{id}/history", report).then().statusCode(200)
                .body("[0].changes.find { it.field == 'amount' }.oldValue", equalTo("100.00"))
                .body("[0].changes.find { it.field == 'amount' }.newValue", equalTo("150.00"));
        applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 2),
                project.projectId()).then().statusCode(409).body("code", equalTo("REPORT-006"));
        applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 5),
                project.projectId()).then().statusCode(400).body("errors.code", contains("REPORT-001"));
    }

    @Test
    void progressReportsCarryTheirIndicatorsForwardAndNeedTheirActivities() {
        String first = report("PROGRESS", 1);
        Map<String, Object> indicator = Map.of("code", "RCO 87", "name", "Organisationer som samarbetar", "type", "OUTPUT",
                "unit", "organisationer", "target", 10, "thisPeriod", 3);
        Map<String, Object> content = new HashMap<>(Map.of("deliverables", List.of("Kartläggning"),
                "indicators", List.of(indicator)));
        applicant.put("/api/v1/reports/{id}", etag(first), content, first).then().statusCode(200);
        step(applicant, first, Map.of("action", "SUBMIT"), 400).body("errors.field", contains("content.activities"))
                .body("errors.code", contains("REPORT-002"));
        content.put("activities", "Workshops med fyra skolor.");
        applicant.put("/api/v1/reports/{id}", etag(first), content, first).then().statusCode(200);
        applicant.put("/api/v1/reports/{id}", "\"0\"", content, first).then().statusCode(412);
        step(applicant, first, Map.of("action", "SUBMIT"), 200);

        String second = report("PROGRESS", 2);
        content.put("indicators", List.of(Map.of("code", "RCO 87", "name", "Organisationer som samarbetar",
                "type", "OUTPUT", "target", 10, "thisPeriod", 4)));
        applicant.put("/api/v1/reports/{id}", etag(second), content, second).then().statusCode(200)
                .body("indicators[0].previous", equalTo(3)).body("indicators[0].cumulative", equalTo(7));
        String last = report("FINAL", null);
        step(applicant, last, Map.of("action", "SUBMIT"), 400)
                .body("errors.field", contains("content.results", "content.evaluation", "content.dissemination"));
        Api.AUDITOR.get("/api/v1/projects/{id}/reports", project.projectId()).then().statusCode(200)
                .body("kind", contains("PROGRESS", "PROGRESS", "FINAL"));
    }

    @Test
    void theScheduleFollowsTheProgrammesPeriodsAndAdvisorsMoveDeadlines() {
        Api.AUDITOR.get("/api/v1/projects/{id}/schedule", project.projectId()).then().statusCode(200)
                .body("periods.number", contains(1, 2, 3, 4))
                .body("periods[0].startsOn", equalTo("2026-01-01")).body("periods[0].endsOn", equalTo("2026-06-30"))
                .body("periods[0].reportDue", equalTo("2026-08-30")).body("periods[3].endsOn", equalTo("2027-12-31"))
                .body("next.number", equalTo(1)).body("finalReportDue", equalTo("2028-02-29"));
        applicant.put("/api/v1/projects/{id}/periods/1", "\"0\"", Map.of("reportDue", "2026-09-15"), project.projectId())
                .then().statusCode(403);
        Api.ADVISOR.put("/api/v1/projects/{id}/periods/1", "\"0\"", Map.of("reportDue", "2026-06-01"), project.projectId())
                .then().statusCode(400).body("errors.code", contains("REPORT-012"));
        Api.ADVISOR.put("/api/v1/projects/{id}/periods/1", "\"0\"", Map.of("reportDue", "2026-09-15"), project.projectId())
                .then().statusCode(200).body("periods[0].reportDue", equalTo("2026-09-15"));
        Api.ADVISOR.put("/api/v1/projects/{id}/periods/1", "\"0\"", Map.of("reportDue", "2026-09-20"), project.projectId())
                .then().statusCode(412);

        // Period 1 handed in (both reports submitted): the next period is due.
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("month", YearMonth.now(Clocks.STOCKHOLM).atDay(1)));
        rate(YearMonth.now(Clocks.STOCKHOLM), "11.4830");
        String progress = report("PROGRESS", 1);
        applicant.put("/api/v1/reports/{id}", etag(progress), Map.of("activities", "Uppstart", "deliverables", List.of(),
                "indicators", List.of()), progress).then().statusCode(200);
        step(applicant, progress, Map.of("action", "SUBMIT"), 200);
        String financial = report("FINANCIAL", 1);
        applicant.post("/api/v1/reports/{id}/expenditures", expenditure("STAFF", "1000.00", "EUR", "0", false), financial)
                .then().statusCode(201);
        step(applicant, financial, Map.of("action", "SUBMIT"), 200);
        Api.AUDITOR.get("/api/v1/projects/{id}/schedule", project.projectId()).then()
                .body("periods[0].outstanding", equalTo(false)).body("periods[0].financial.status", equalTo("SUBMITTED"))
                .body("next.number", equalTo(2));
        Api.applicant("ANNAN-" + code).get("/api/v1/projects/{id}/schedule", project.projectId()).then().statusCode(404);
        Api.applicant("ANNAN-" + code).get("/api/v1/reports/{id}", financial).then().statusCode(404);
    }
}
