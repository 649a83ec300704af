package se.sodertalje.euportal.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sodertalje.euportal.support.Metrics.scrape;
import static se.sodertalje.euportal.support.Metrics.value;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.reminder.ReminderService;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;
import se.sodertalje.euportal.support.SmtpServer.InjectSmtpServer;

/**
 * /q/metrics is served on the management port only, and after a workflow step, an export, a reminder run
 * (one that reaches the SMTP server, one that does not) and an import it holds the portal's own series,
 * with no user or title in any label.
 */
@QuarkusTest
class MetricsTest {

    @Inject
    ReminderService reminders;

    @InjectSmtpServer
    GreenMail smtp;

    @Test
    void metricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        Api.ADMIN.raw().get("/q/metrics").then().statusCode(404);
        // Health stays where the probes and scripts read it.
        given().get("/q/health/ready").then().statusCode(200);
        assertTrue(scrape().contains("# TYPE"), "the management port answers");
    }

    @Test
    void thePortalsOwnSeriesAppearAfterAStepAnExportAReminderAndAnImport() {
        String code = Api.uniqueCode("MT");
        String title = "Mätprojekt " + code;
        UUID unit = Api.createUnit(code, "Mätenheten " + code);
        UUID programme = Api.createProgramme(Api.uniqueCode("MT"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("MT-CALL"), title, 30, null);
        Projects.Granted project = Projects.granted(code, unit, call);
        double stepsBefore = value(scrape(), "euportal_workflow_steps_total", "action=\"APPROVE_FOR_UNIT\"",
                "record=\"application\"");

        Api.AUDITOR.raw().accept("application/pdf, application/problem+json")
                .get("/api/v1/projects/{id}/export.pdf?lang=sv", project.projectId()).then().statusCode(200);
        // A reminder: a draft for a call that closes in ten days, as of a morning in 2041.
        Instant closes = Instant.parse("2041-03-20T16:00:00Z");
        String reminded = reminderCall(code, closes);
        Api applicant = Api.applicant(code);
        Map<String, Object> draft = new HashMap<>(Map.of("unitId", unit.toString(), "title", title, "callId", reminded));
        applicant.post("/api/v1/applications", draft).then().statusCode(201);
        ReminderService.Run sent = reminders.runReminders(Instant.parse("2041-03-10T08:00:00Z"));
        assertTrue(sent.immediate() >= 1, sent.toString());
        // The SMTP server down while the 3-day reminder is due: the run fails, and says so.
        smtp.stop();
        try {
            ReminderService.Run failed = reminders.runReminders(Instant.parse("2041-03-17T08:00:00Z"));
            assertTrue(failed.failed() >= 1, failed.toString());
        } finally {
            smtp.start();
            se.sodertalje.euportal.support.SmtpServer.giveUpOnSilentClients(smtp);
        }
        Api.ADVISOR.raw().contentType("text/csv").body("currency;month;unitsPerEur;source\nSEK;2020-01;x;test\n")
                .post("/api/v1/exchange-rates/import").then().statusCode(400);

        String metrics = scrape();
        assertTrue(value(metrics, "euportal_workflow_steps_total", "action=\"RECORD_GRANT\"", "record=\"application\"") >= 1);
        assertTrue(stepsBefore >= 1, "the steps of Projects.granted were counted");
        assertTrue(value(metrics, "euportal_exports_seconds_count", "kind=\"PDF\"") >= 1, metrics);
        assertTrue(value(metrics, "euportal_export_size_bytes_sum", "kind=\"PDF\"") > 1000);
        assertTrue(value(metrics, "euportal_reminders_total", "kind=\"reminder\"", "outcome=\"sent\"") >= 1);
        assertTrue(value(metrics, "euportal_reminders_total", "kind=\"reminder\"", "outcome=\"failed\"") >= 1);
        assertTrue(value(metrics, "euportal_emails_total", "outcome=\"failed\"") >= 1);
        assertTrue(value(metrics, "euportal_emails_total", "outcome=\"sent\"") >= 1);
        assertTrue(value(metrics, "euportal_job_last_run_seconds", "task=\"reminders\"") > 0);
        assertTrue(value(metrics, "euportal_imports_seconds_count", "kind=\"rates\"", "outcome=\"refused\"") >= 1);
        assertTrue(value(metrics, "euportal_import_problems_total", "kind=\"rates\"") >= 1);
        assertTrue(metrics.contains("euportal_exports_prepared_bytes "), "gauge of prepared exports");
        // Quarkus's own: HTTP by route template and status (with latency buckets), the pool, Hibernate, the JVM.
        assertTrue(value(metrics, "http_server_requests_seconds_count", "status=\"200\"",
                "uri=\"/api/v1/projects/{projectId}/export.pdf\"") >= 1, () -> "HTTP by route template: " + metrics.lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count")).toList());
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "latency buckets for the p99");
        assertTrue(metrics.contains("agroal_active_count{"), "the connection pool");
        assertTrue(metrics.contains("hibernate_"), "Hibernate");
        assertTrue(metrics.contains("jvm_memory_used_bytes{"), "the JVM");
        assertTrue(metrics.contains("disk_free_bytes{"), "free space where exports are prepared");
        // No personal data or titles in labels.
        assertFalse(metrics.contains(code), "no unit code, title or user name in a label");
        assertFalse(metrics.contains("example.test"), "no e-mail address");
        assertFalse(metrics.contains(project.projectId()), "no record id");
    }

    private static String reminderCall(String code, Instant closesAt) {
        UUID programme = Api.createProgramme(Api.uniqueCode("MR"), "ERDF");
        Map<String, Object> body = Api.callBody(programme, Api.uniqueCode("MR-CALL"), "Påminnelse " + code, 30, null);
        body.put("closesAt", closesAt.toString());
        return Api.ADVISOR.post("/api/v1/calls", body).then().statusCode(201).extract().path("id");
    }
}
