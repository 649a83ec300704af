package se.sodertalje.euportal.scan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.partner.imports.PartnerCsv;
import se.sodertalje.euportal.rate.ExchangeRate;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.ClamdServer;
import se.sodertalje.euportal.support.Metrics;
import se.sodertalje.euportal.support.Projects;

/**
 * Uploads pass a real clamd (support/ClamdServer, with the EICAR test signature): a clean file is stored; the
 * EICAR test file is refused with 422 UPLOAD-001, nothing is stored and the refusal is recorded (who, when,
 * which record, name, size, SHA-256, signature) for attachments, evidence and imports; clamd down refuses
 * with 503 UPLOAD-002 and Retry-After, and nothing is stored either.
 */
@QuarkusTest
class UploadScanTest {

    /** The EICAR anti-virus test file, put together here so that this source does not itself look infected. */
    static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR" + "-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);
    static final String EICAR_SHA256 = "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f";
    static final String SIGNATURE = "Eicar-Test-Signature.UNOFFICIAL";

    @ClamdServer.InjectClamd
    ClamdServer clamd;

    @Inject
    EntityManager em;

    private final String code = Api.uniqueCode("VS");

    private static Response upload(Api who, String path, String name, byte[] content, Object... params) {
        return who.request().contentType("application/octet-stream").queryParam("fileName", name).body(content)
                .post(path, params);
    }

    private static double scans(String outcome) {
        return Metrics.value(Metrics.scrape(), "euportal_upload_scans_total", "outcome=\"" + outcome + "\"");
    }

    @Test
    void anInfectedAttachmentShouldBeRefusedRecordedAndNotStored() {
        UUID unit = Api.createUnit(code, "Virusskyddskontoret");
        Api applicant = Api.applicant(code);
        String application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Skannad"))
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/applications/{id}/attachments";
        double infectedBefore = scans("infected");

        upload(applicant, path, "ren.txt", "Avsiktsförklaring\n".getBytes(StandardCharsets.UTF_8), application).then()
                .statusCode(201);
        upload(applicant, path, "faktura.txt", EICAR, application).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("UPLOAD-001"))
                .body("detail", containsString(SIGNATURE));

        applicant.get(path, application).then().body("$", hasSize(1)).body("[0].fileName", equalTo("ren.txt"));
        Api.AUDITOR.get("/api/v1/refused-uploads?applicationId={a}", application).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("ATTACHMENT"))
                .body("items[0].recordId", equalTo(application)).body("items[0].applicationId", equalTo(application))
                .body("items[0].fileName", equalTo("faktura.txt")).body("items[0].sizeBytes", equalTo(EICAR.length))
                .body("items[0].sha256", equalTo(EICAR_SHA256)).body("items[0].signature", equalTo(SIGNATURE))
                .body("items[0].actor.name", equalTo("Test applicant-" + code));
        assertEquals(infectedBefore + 1, scans("infected"));

        // The record of a refusal cannot be changed or removed afterwards (append-only, like the file log).
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from refused_upload where application_id = cast(:a as uuid)").setParameter("a", application)
                .executeUpdate()));
    }

    @Test
    void infectedEvidenceShouldBeRefusedAndShownBesideTheProjectsFileLog() {
        UUID unit = Api.createUnit(code, "Underlagsskannarna");
        Api applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("VS"), "ERDF");
        Projects.Granted project = Projects.granted(code, unit, Api.createCall(programme, Api.uniqueCode("VS-CALL"),
                "Skannat underlag", 30, null));
        rateThisMonth();
        String report = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        String line = applicant.post("/api/v1/reports/{id}/expenditures", Map.of("partnerId", project.leadId(), "category",
                "STAFF", "spentOn", "2026-03-15", "supplier", "Lön AB", "description", "Lön mars", "invoiceNumber", "L-1",
                "amount", new BigDecimal("1000.00"), "currency", "EUR", "vatAmount", BigDecimal.ZERO, "vatRecoverable",
                false), report).then().statusCode(201).extract().path("id");
        String path = "/api/v1/reports/{r}/expenditures/{id}/evidence";

        upload(applicant, path, "lonebesked.txt", EICAR, report, line).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("UPLOAD-001"));

        applicant.get(path, report, line).then().body("$", hasSize(0));
        Api.ADVISOR.get("/api/v1/projects/{id}/file-log", project.projectId()).then().body("$", hasSize(0));
        Api.ADVISOR.get("/api/v1/projects/{id}/refused-uploads", project.projectId()).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].kind", equalTo("EVIDENCE")).body("[0].recordId", equalTo(line))
                .body("[0].applicationId", equalTo(project.applicationId()))
                .body("[0].fileName", equalTo("lonebesked.txt")).body("[0].signature", equalTo(SIGNATURE));
    }

    @Test
    void anInfectedImportShouldImportNothing() {
        String csv = String.join(",", PartnerCsv.HEADER) + "\n" + "Gmina Skannad " + code + ",,PL,,,MUNICIPALITY,,,,,,,,"
                + new String(EICAR, StandardCharsets.US_ASCII) + "\n";
        Api.ADVISOR.request().contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/partners/import").then()
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("UPLOAD-001"));

        Api.ADVISOR.get("/api/v1/partners?q=" + code).then().body("total", equalTo(0));
        Api.ADMIN.get("/api/v1/refused-uploads?size=200").then().statusCode(200)
                .body("items.find { it.kind == 'PARTNER_IMPORT' }.fileName", nullValue())
                .body("items.find { it.kind == 'PARTNER_IMPORT' }.recordId", nullValue())
                .body("items.find { it.kind == 'PARTNER_IMPORT' }.signature", equalTo(SIGNATURE));
    }

    @Test
    void withTheScannerDownAnUploadShouldBeRefusedWith503AndNotStored() {
        UUID unit = Api.createUnit(code, "Nedkontoret");
        Api applicant = Api.applicant(code);
        String application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Utan skydd"))
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/applications/{id}/attachments";
        byte[] clean = "Ren fil\n".getBytes(StandardCharsets.UTF_8);
        double unavailableBefore = scans("unavailable");

        clamd.halt();
        try {
            upload(applicant, path, "ren.txt", clean, application).then().statusCode(503)
                    .contentType("application/problem+json").body("code", equalTo("UPLOAD-002"))
                    .header("Retry-After", equalTo("30"));
            Api.ADVISOR.request().contentType("text/csv; charset=UTF-8").body(String.join(",", PartnerCsv.HEADER) + "\n")
                    .post("/api/v1/partners/import").then().statusCode(503).body("code", equalTo("UPLOAD-002"));
        } finally {
            clamd.startClamd();
        }
        applicant.get(path, application).then().body("$", hasSize(0));
        assertEquals(unavailableBefore + 2, scans("unavailable"));

        upload(applicant, path, "ren.txt", clean, application).then().statusCode(201);
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
}
