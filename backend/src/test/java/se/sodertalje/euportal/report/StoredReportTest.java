package se.sodertalje.euportal.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/**
 * Issue 13's high finding: one report holding a number PostgreSQL's jsonb hands back as 100 001 digits
 * made the report and its whole project unreadable. Out-of-range values are refused; the extreme valid
 * ones are stored and every view and export of the report and its project still reads; a document
 * stored before the bounds reads back and can be repaired.
 */
@QuarkusTest
class StoredReportTest {

    private static final String MAX_QUANTITY = "9999999999999.9999";
    private static final String MAX_MONEY = "9999999999999.99";

    @Inject
    EntityManager em;

    private final String code = Api.uniqueCode("SR");
    private Api applicant;
    private Projects.Granted project;

    @BeforeEach
    void grantedProject() {
        UUID unit = Api.createUnit(code, "Lagringskontoret");
        applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("SR"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("SR-CALL"), "Lagringsutlysning", 30, null);
        project = Projects.granted(code, unit, call);
    }

    private String report(String kind) {
        return applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", kind, "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> indicator(Object target, Object thisPeriod) {
        Map<String, Object> indicator = new HashMap<>(Map.of("code", "RCO 87", "name", "Organisationer\tsom\r\nsamarbetar",
                "type", "OUTPUT", "unit", "organisationer"));
        indicator.put("target", target);
        indicator.put("thisPeriod", thisPeriod);
        return indicator;
    }

    private static Map<String, Object> content(List<Map<String, Object>> indicators) {
        String longText = "Å".repeat(9_990) + "\t\r\n€😀";
        Map<String, Object> content = new HashMap<>();
        content.put("activities", longText);
        content.put("deviations", longText);
        content.put("risks", longText);
        content.put("deliverables", List.of("Rapport ✓", "x".repeat(500)));
        content.put("indicators", indicators);
        return content;
    }

    private static String etag(String report) {
        return Api.ADVISOR.raw().get("/api/v1/reports/{id}", report).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anOutOfRangeIndicatorIsRefusedAndTheExtremeValidOnesLeaveEverythingReadable() {
        String progress = report("PROGRESS");
        String version = etag(progress);
        applicant.put("/api/v1/reports/{id}", version, content(List.of(indicator(new BigDecimal("1e100000"), 1))), progress)
                .then().statusCode(400).body("code", equalTo("VALIDATION"))
                .body("errors.field", contains("indicators[0].target")).body("errors.code", contains("Digits"));
        applicant.put("/api/v1/reports/{id}", version, content(List.of(indicator(-1, new BigDecimal("1.00001")))), progress)
                .then().statusCode(400).body("errors.field", contains("indicators[0].target", "indicators[0].thisPeriod"));
        applicant.get("/api/v1/reports/{id}", progress).then().statusCode(200).header("ETag", equalTo(version));

        List<Map<String, Object>> extreme = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            extreme.add(indicator(new BigDecimal(MAX_QUANTITY), new BigDecimal(MAX_QUANTITY)));
        }
        applicant.put("/api/v1/reports/{id}", version, content(extreme), progress).then().statusCode(200)
                .body("content.indicators[99].target", equalTo(new BigDecimal(MAX_QUANTITY).floatValue()));

        String claim = report("FINANCIAL");
        applicant.post("/api/v1/reports/{id}/expenditures", Map.of("partnerId", project.leadId(), "category", "STAFF",
                "spentOn", "2026-03-15", "supplier", "Leverantör\tAB", "description", "Ö".repeat(500),
                "invoiceNumber", "F-1", "amount", new BigDecimal(MAX_MONEY), "currency", "EUR",
                "vatAmount", new BigDecimal(MAX_MONEY), "vatRecoverable", false), claim).then().statusCode(201);

        everythingReadable(progress, claim);
    }

    @Test
    void aDocumentStoredBeforeTheBoundsReadsBackAndCanBeRepaired() {
        String progress = report("PROGRESS");
        applicant.put("/api/v1/reports/{id}", etag(progress), content(List.of(indicator(10, 2))), progress)
                .then().statusCode(200);
        // What the review's request left behind: jsonb renders 1e100000 as 100 001 digits.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update project_report set content = "
                + "jsonb_set(content, '{indicators,0,target}', '1e100000'::jsonb) where id = cast(?1 as uuid)")
                .setParameter(1, progress).executeUpdate());

        // Read without the contract check: its JSON reader, like a browser's, stops at 1 000 digits.
        applicant.raw().get("/api/v1/reports/{id}", progress).then().statusCode(200);
        applicant.raw().get("/api/v1/projects/{id}/reports", project.projectId()).then().statusCode(200);
        applicant.put("/api/v1/reports/{id}", etag(progress), content(List.of(indicator(10, 3))), progress)
                .then().statusCode(200).body("content.indicators[0].target", equalTo(10));
        everythingReadable(progress, null);
    }

    /** Every view and export of the report and its project answers 200 (the contract check is left to other tests). */
    private void everythingReadable(String progress, String claim) {
        String id = project.projectId();
        for (String path : List.of("/api/v1/reports/" + progress, "/api/v1/reports/" + progress + "/timeline",
                "/api/v1/reports/" + progress + "/expenditures", "/api/v1/projects/" + id,
                "/api/v1/projects/" + id + "/reports", "/api/v1/projects/" + id + "/schedule")) {
            applicant.raw().get(path).then().statusCode(200);
        }
        Api.ADVISOR.raw().get("/api/v1/reports/{id}/history", progress).then().statusCode(200);
        if (claim != null) {
            applicant.raw().get("/api/v1/reports/{id}/claim", claim).then().statusCode(200);
            applicant.raw().get("/api/v1/reports/{id}/expenditures", claim).then().statusCode(200);
            Api.ADVISOR.raw().get("/api/v1/reports/{id}/history", claim).then().statusCode(200);
        }
        Api.AUDITOR.raw().accept("application/pdf").get("/api/v1/projects/{id}/export.pdf", id).then().statusCode(200);
        Api.AUDITOR.raw().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/projects/{id}/export.xlsx", id).then().statusCode(200);
        byte[] zip = Api.AUDITOR.raw().accept("application/zip").get("/api/v1/projects/{id}/audit-package", id)
                .then().statusCode(200).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertTrue(zip.length > 1000, "an audit package with its files");
    }
}
