package se.sodertalje.euportal.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.rate.ExchangeRate;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/**
 * A financial report's lines without evidence: listed before submission and before the advisor
 * accepts or sends it; accepted or sent only with the advisor's confirmation and a comment, which the
 * timeline keeps. Who acts next is told: the advisors of a submission, the author and team of a return.
 */
@QuarkusTest
class ReportEvidenceTest {

    private final String code = Api.uniqueCode("EV");

    private static ValidatableResponse step(Api who, String report, Map<String, Object> body, int status) {
        String etag = Api.ADVISOR.get("/api/v1/reports/{id}", report).header("ETag");
        return who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/reports/{id}/transitions", report).then().statusCode(status);
    }

    private static void rateThisMonth() {
        YearMonth month = YearMonth.now(Clocks.STOCKHOLM);
        QuarkusTransaction.requiringNew().run(() -> {
            if (ExchangeRate.findById(new ExchangeRate.Key("SEK", month.atDay(1))) == null) {
                ExchangeRate rate = new ExchangeRate();
                rate.currency = "SEK";
                rate.month = month.atDay(1);
                rate.unitsPerEur = new BigDecimal("11.4830");
                rate.source = "test";
                rate.updatedBySubject = "test";
                rate.updatedAt = Instant.now();
                rate.persist();
            }
        });
    }

    private String line(Api who, String report, String leadId, String supplier, String invoice) {
        return who.post("/api/v1/reports/{id}/expenditures", Map.of("partnerId", leadId, "category", "STAFF", "spentOn",
                "2026-03-15", "supplier", supplier, "description", "Lön mars", "invoiceNumber", invoice, "amount",
                new BigDecimal("1000.00"), "currency", "EUR", "vatAmount", BigDecimal.ZERO, "vatRecoverable", false), report)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void linesWithoutEvidenceAreListedAndAcceptedOnlyWithAConfirmingComment() {
        UUID unit = Api.createUnit(code, "Underlagskontoret");
        Api applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("EV"), "ERDF");
        Projects.Granted project = Projects.granted(code, unit, Api.createCall(programme, Api.uniqueCode("EV-CALL"),
                "Underlag", 30, null));
        rateThisMonth();
        String report = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        String withEvidence = line(applicant, report, project.leadId(), "Lön AB", "L-1");
        String without = line(applicant, report, project.leadId(), "Konsult AB", "K-7");
        applicant.raw().contentType("application/octet-stream").body("Lönebesked\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/{r}/expenditures/{id}/evidence?fileName=lon.txt", report, withEvidence).then()
                .statusCode(201);

        // Before submission: the line is listed (advised; the unit may still submit).
        applicant.get("/api/v1/reports/{id}/readiness", report).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("nextSteps.action", contains("SUBMIT")).body("nextSteps[0].yours", equalTo(true))
                .body("nextSteps[0].ready", equalTo(true))
                .body("nextSteps[0].needs.code", contains("REPORT-013"))
                .body("nextSteps[0].needs[0].field", equalTo("expenditures." + without + ".evidence"))
                .body("nextSteps[0].needs[0].blocking", equalTo(false));
        step(applicant, report, Map.of("action", "SUBMIT"), 200);
        // The advisors are told it waits for them.
        Api.ADVISOR.get("/api/v1/notifications").then().body("findAll { it.link == '/reports/" + report + "' }.kind",
                hasItem("REPORT_SUBMITTED"));

        // Before accepting: listed for the advisor, whose step it is.
        Api.ADVISOR.get("/api/v1/reports/{id}/readiness", report).then().body("nextSteps.action", contains("ACCEPT"))
                .body("nextSteps[0].roles", contains("advisor")).body("nextSteps[0].yours", equalTo(true))
                .body("nextSteps[0].needs.field", contains("expenditures." + without + ".evidence"));
        applicant.get("/api/v1/reports/{id}/readiness", report).then().body("nextSteps[0].yours", equalTo(false));

        // Without the confirmation, or confirmed without a comment: 409 naming the line.
        step(Api.ADVISOR, report, Map.of("action", "ACCEPT"), 409).contentType("application/problem+json")
                .body("code", equalTo("REPORT-013"))
                .body("errors.field", contains("expenditures." + without + ".evidence", "confirmMissingEvidence"))
                .body("errors[0].message", equalTo("Konsult AB, invoice K-7: Lön mars has no evidence"));
        step(Api.ADVISOR, report, Map.of("action", "ACCEPT", "confirmMissingEvidence", true, "comment", " "), 409)
                .body("errors.field", contains("expenditures." + without + ".evidence", "comment"));
        Api.ADVISOR.get("/api/v1/reports/{id}", report).then().body("status", equalTo("SUBMITTED"));

        // Confirmed with a comment: accepted, and the timeline keeps the comment and the count.
        step(Api.ADVISOR, report, Map.of("action", "ACCEPT", "confirmMissingEvidence", true, "comment",
                "Konsultfakturan finns hos ekonomienheten"), 200).body("status", equalTo("ACCEPTED"));
        Api.AUDITOR.get("/api/v1/reports/{id}/timeline", report).then()
                .body("action", contains("SUBMIT", "ACCEPT"))
                .body("[1].comment", equalTo("Konsultfakturan finns hos ekonomienheten"))
                .body("[1].linesWithoutEvidence", equalTo(1)).body("[0].linesWithoutEvidence", equalTo(null));

        // Sending it needs the same.
        step(Api.ADVISOR, report, Map.of("action", "SEND_TO_FUNDER", "sentOn", LocalDate.now().toString(),
                "funderReference", "F-9"), 409).body("errors.field", hasItem("expenditures." + without + ".evidence"));
        step(Api.ADVISOR, report, Map.of("action", "SEND_TO_FUNDER", "sentOn", LocalDate.now().toString(),
                "funderReference", "F-9", "confirmMissingEvidence", true, "comment", "Som vid godkännandet"), 200);
    }

    @Test
    void aReturnTellsTheAuthorAndTheTeamNotTheAdvisorWhoReturnedIt() {
        UUID unit = Api.createUnit(code + "R", "Returkontoret");
        Api applicant = Api.applicant(code + "R");
        UUID programme = Api.createProgramme(Api.uniqueCode("EV"), "ERDF");
        Projects.Granted project = Projects.granted(code + "R", unit, Api.createCall(programme, Api.uniqueCode("EV-CALL"),
                "Retur", 30, null));
        String report = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "PROGRESS", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        applicant.put("/api/v1/reports/{id}", "\"0\"", Map.of("activities", "Workshops", "deliverables", List.of(),
                "indicators", List.of()), report).then().statusCode(200);
        step(applicant, report, Map.of("action", "SUBMIT"), 200);
        step(Api.ADVISOR, report, Map.of("action", "RETURN", "comment", "Beskriv workshopparna"), 200);
        applicant.get("/api/v1/notifications").then()
                .body("findAll { it.link == '/reports/" + report + "' }.kind", contains("RETURNED"))
                .body("find { it.link == '/reports/" + report + "' }.message",
                        equalTo("Lägesrapporten för period 1 för \"Rapporteringsprojekt " + code + "R\" har skickats "
                                + "tillbaka för ändring: Beskriv workshopparna"));
        Api.ADVISOR.get("/api/v1/notifications").then()
                .body("findAll { it.link == '/reports/" + report + "' }.kind", not(hasItem("RETURNED")));
    }
}
