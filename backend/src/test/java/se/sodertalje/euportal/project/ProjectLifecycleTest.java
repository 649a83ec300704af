package se.sodertalje.euportal.project;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/** Closing a project: the last payment, the retention date by the programme's rule, archive and deletion. */
@QuarkusTest
class ProjectLifecycleTest {

    private final String code = Api.uniqueCode("PL");

    /** A claim's invoice, as a PDF the upload check accepts. */
    private static final byte[] INVOICE = "%PDF-1.4\n% faktura mars\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static String evidenceLine(String claim) {
        return Api.ADVISOR.get("/api/v1/reports/{id}/expenditures", claim).then().extract().path("[0].id");
    }

    private static ValidatableResponse step(Api who, String project, String action, int status) {
        String etag = Api.ADVISOR.get("/api/v1/projects/{id}", project).header("ETag");
        return who.request().contentType("application/json").header("If-Match", etag).body(Map.of("action", action))
                .post("/api/v1/projects/{id}/transitions", project).then().statusCode(status);
    }

    @Test
    void aClosedProjectIsKeptUntilTheRuleSaysAndArchivedReadOnly() {
        UUID unit = Api.createUnit(code, "Arkivkontoret");
        Api applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("PL"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("PL-CALL"), "Arkivutlysning", 30, null);
        Projects.Granted granted = Projects.granted(code, unit, call);
        String project = granted.projectId();

        step(applicant, project, "START_CLOSING", 403).body("code", equalTo("PROJECT-007"));
        step(Api.ADVISOR, project, "CLOSE", 409).body("code", equalTo("PROJECT-001"));
        step(Api.ADVISOR, project, "START_CLOSING", 200).body("status", equalTo("CLOSING"))
                .body("allowedActions", equalTo(java.util.List.of("CLOSE")));
        step(Api.ADVISOR, project, "CLOSE", 409).body("code", equalTo("PROJECT-002"));

        // A claim sent and paid on 10 March 2026: kept until 31 December 2031 (5 years), with state aid 2036.
        String claim = paidClaim(applicant, granted, LocalDate.of(2026, 3, 10));
        Api.ADVISOR.get("/api/v1/projects/{id}", project).then().body("lastPaymentOn", equalTo("2026-03-10"));
        step(Api.ADVISOR, project, "CLOSE", 200).body("status", equalTo("CLOSED"))
                .body("retentionUntil", equalTo("2031-12-31")).body("closedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString()));
        String etag = Api.ADVISOR.get("/api/v1/projects/{id}", project).header("ETag");
        Api.ADVISOR.put("/api/v1/projects/{id}/state-aid", etag, Map.of("stateAid", true), project).then().statusCode(200)
                .body("retentionUntil", equalTo("2036-12-31"));

        // Documents stay until the project is archived and its date has passed; only an admin purges them.
        Api.ADMIN.delete("/api/v1/projects/{id}/documents", null, project).then().statusCode(409)
                .body("code", equalTo("PROJECT-006"));
        Api.ADVISOR.get("/api/v1/projects?pastRetention=true&unitId={u}", unit).then().body("items.size()", equalTo(0));

        step(Api.ADVISOR, project, "ARCHIVE", 200).body("status", equalTo("ARCHIVED"));
        Api.ADMIN.delete("/api/v1/projects/{id}/documents", null, project).then().statusCode(409)
                .body("code", equalTo("PROJECT-005")).body("detail", containsString("2036-12-31"));
        applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINAL"), project).then().statusCode(409)
                .body("code", equalTo("PROJECT-004")).body("detail", containsString("2036-12-31"));
        String claimEtag = Api.ADVISOR.get("/api/v1/reports/{id}", claim).header("ETag");
        Api.ADVISOR.put("/api/v1/reports/{id}/payment", claimEtag, Map.of("paidAmount", new BigDecimal("1.00"),
                "paidOn", "2026-04-01"), claim).then().statusCode(409).body("code", equalTo("PROJECT-004"));
        Api.AUDITOR.get("/api/v1/reports/{id}", claim).then().statusCode(200);

        // Past its date (moved back for the test), it is listed and its documents can go.
        QuarkusTransaction.requiringNew().run(() -> Project.update("retentionUntil = ?1 where id = ?2",
                LocalDate.now().minusDays(1), UUID.fromString(project)));
        Api.ADVISOR.get("/api/v1/projects?pastRetention=true&unitId={u}", unit).then()
                .body("items.id", hasItem(project));
        applicant.delete("/api/v1/projects/{id}/documents", null, project).then().statusCode(403);
        Api.ADVISOR.delete("/api/v1/projects/{id}/documents", null, project).then().statusCode(403);
        Api.ADMIN.delete("/api/v1/projects/{id}/documents", null, project).then().statusCode(204);
        Api.ADVISOR.get("/api/v1/reports/{id}/expenditures/{line}/evidence", claim, evidenceLine(claim)).then()
                .body("size()", equalTo(0));
        // The purged invoice is gone, its trace is not: name, size, SHA-256, who purged it.
        Api.AUDITOR.get("/api/v1/projects/{id}/file-log", project).then().statusCode(200)
                .body("action", equalTo(java.util.List.of("UPLOADED", "UPLOADED", "DELETED", "PURGED")))
                .body("fileName", equalTo(java.util.List.of("faktura-mars.pdf", "utkast.pdf", "utkast.pdf",
                        "faktura-mars.pdf")))
                .body("[0].actor.name", equalTo("Test applicant-" + code))
                .body("[2].actor.name", equalTo("Test applicant-" + code))
                .body("[3].kind", equalTo("EVIDENCE")).body("[3].sizeBytes", equalTo(INVOICE.length))
                .body("[3].sha256", equalTo(se.sodertalje.euportal.common.Hashes.sha256(INVOICE)))
                .body("[3].actor.subject", equalTo("sub-adam.admin"));
        applicant.get("/api/v1/projects/{id}/file-log", project).then().statusCode(403);
        Api.AUDITOR.get("/api/v1/projects/{id}/history", project).then().statusCode(200)
                .body("[0].changes.find { it.field == 'status' }.newValue", equalTo("ARCHIVED"))
                .body("changes.flatten().field", hasItem("retentionUntil"));
        applicant.get("/api/v1/projects/{id}/history", project).then().statusCode(403);
        Api.ADVISOR.get("/api/v1/projects?unitId={u}&pastRetention=false", unit).then().body("items.id", hasItem(project))
                .body("items.status", not(hasItem("RUNNING")));
    }

    /** A financial report with one line, taken through to the funder and paid on the given day. */
    private static String paidClaim(Api applicant, Projects.Granted granted, LocalDate paidOn) {
        String claim = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 1),
                granted.projectId()).then().statusCode(201).extract().path("id");
        String line = applicant.post("/api/v1/reports/{id}/expenditures", Map.of("partnerId", granted.leadId(),
                "category", "STAFF", "spentOn", "2026-02-01", "supplier", "Lön", "description", "Lön februari", "amount",
                new BigDecimal("1000.00"), "currency", "EUR", "vatRecoverable", false), claim).then().statusCode(201)
                .extract().path("id");
        applicant.raw().contentType("application/pdf").body(INVOICE).queryParam("fileName", "faktura-mars.pdf")
                .post("/api/v1/reports/{r}/expenditures/{id}/evidence", claim, line).then().statusCode(201);
        String draft = applicant.raw().contentType("application/pdf").body("%PDF-1.4\n%%EOF\n".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)).queryParam("fileName", "utkast.pdf")
                .post("/api/v1/reports/{r}/expenditures/{id}/evidence", claim, line).then().statusCode(201)
                .extract().path("id");
        applicant.raw().delete("/api/v1/reports/{r}/expenditures/{id}/evidence/{e}", claim, line, draft).then()
                .statusCode(204);
        for (Map<String, Object> step : java.util.List.<Map<String, Object>>of(Map.of("action", "SUBMIT"),
                Map.of("action", "ACCEPT", "confirmMissingEvidence", true, "comment", "Lönelistan finns hos ekonomi"),
                Map.of("action", "SEND_TO_FUNDER", "sentOn", "2026-03-01", "funderReference", "F-1",
                        "confirmMissingEvidence", true, "comment", "Lönelistan finns hos ekonomi"))) {
            String etag = Api.ADVISOR.get("/api/v1/reports/{id}", claim).header("ETag");
            Api who = step.get("action").equals("SUBMIT") ? applicant : Api.ADVISOR;
            who.request().contentType("application/json").header("If-Match", etag).body(step)
                    .post("/api/v1/reports/{id}/transitions", claim).then().statusCode(200);
        }
        String etag = Api.ADVISOR.get("/api/v1/reports/{id}", claim).header("ETag");
        Api.ADVISOR.put("/api/v1/reports/{id}/payment", etag, Map.of("paidAmount", new BigDecimal("400.00"),
                "paidOn", paidOn.toString()), claim).then().statusCode(200);
        return claim;
    }
}
