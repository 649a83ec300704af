package se.sodertalje.euportal.control;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;
import se.sodertalje.euportal.support.Tokens;

/**
 * A claim through its control: an appointed controller samples it by a seed, deducts a line, parks
 * one, asks the unit a question it answers, uploads the certificate and closes; the advisor accepts
 * and (another advisor, never the closer) sends the claim after control; the parked line turns up in
 * the next report's control; the funder's corrections keep the remaining budget true.
 */
@QuarkusTest
class ControlFlowTest {

    private static final byte[] PDF = "%PDF-1.4\n% Kontrollintyg\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The claims here have no evidence files: the advisor accepts them confirming the control saw the originals. */
    private static final Map<String, Object> ACCEPT = Map.of("action", "ACCEPT", "confirmMissingEvidence", true,
            "comment", "Kontrollanten har sett underlagen");

    private final String code = Api.uniqueCode("CT");
    private Api applicant;
    private Api controller;
    private Projects.Granted project;

    @BeforeEach
    void grantedProjectWithAController() {
        UUID unit = Api.createUnit(code, "Kontrollkontoret");
        applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("CT"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("CT-CALL"), "Kontrollutlysning", 30, null);
        project = Projects.granted(code, unit, call);
        controller = new Api(Tokens.of("ctl-" + code, List.of(), "controller"));
        controller.get("/api/v1/me").then().statusCode(200);
        Api.ADVISOR.get("/api/v1/projects/{id}/controllers/candidates", project.projectId()).then().statusCode(200)
                .body("subject", hasItem("sub-ctl-" + code));
        Api.ADVISOR.post("/api/v1/projects/{id}/controllers", Map.of("subject", "sub-ctl-" + code), project.projectId())
                .then().statusCode(201).body("appointedBy.name", equalTo("Test ada.advisor"));
    }

    private String submittedClaim(int period, String... amounts) {
        String report = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", period),
                project.projectId()).then().statusCode(201).extract().path("id");
        int i = 0;
        for (String amount : amounts) {
            applicant.post("/api/v1/reports/{id}/expenditures", Map.of("partnerId", project.leadId(), "category", "STAFF",
                    "spentOn", LocalDate.of(2026, 2, 1).plusMonths(6L * (period - 1)).plusDays(i++).toString(),
                    "supplier", "Lön " + i, "description", "Lön", "amount", new BigDecimal(amount), "currency", "EUR",
                    "vatRecoverable", false), report).then().statusCode(201);
        }
        step(applicant, report, Map.of("action", "SUBMIT")).statusCode(200);
        return report;
    }

    private static String etag(Api who, String path, Object... params) {
        return who.get(path, params).header("ETag");
    }

    private static ValidatableResponse step(Api who, String report, Map<String, Object> body) {
        return who.request().contentType("application/json").header("If-Match", etag(Api.ADVISOR, "/api/v1/reports/{id}",
                report)).body(body).post("/api/v1/reports/{id}/transitions", report).then();
    }

    private static ValidatableResponse control(Api who, String method, String path, String ifMatch, Object body,
            Object... params) {
        var request = who.request().contentType("application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path, params).then();
    }

    private static String controlTag(String report) {
        return etag(Api.ADVISOR, "/api/v1/reports/{id}/control", report);
    }

    private static ValidatableResponse decide(Api who, String report, String line, Map<String, Object> body) {
        JsonPath control = Api.ADVISOR.get("/api/v1/reports/{id}/control", report).jsonPath();
        Integer version = control.get("lines.find { it.expenditureId == '" + line + "' }.version");
        return control(who, "PUT", "/api/v1/reports/{id}/control/lines/{line}", "\"" + version + "\"", body, report, line);
    }

    private static void certify(Api who, String report) {
        upload(who, report, controlTag(report), "Kontrollintyg.pdf").statusCode(200)
                .body("certificate.fileName", equalTo("Kontrollintyg.pdf"));
    }

    private static ValidatableResponse upload(Api who, String report, String ifMatch, String fileName) {
        var request = who.raw().contentType("application/pdf").body(PDF).queryParam("fileName", fileName);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/reports/{id}/control/certificate", report).then();
    }

    @Test
    void aControllerControlsTheClaimAndTheClaimSentIsTheClaimAfterControl() {
        String report = submittedClaim(1, "1000.00", "2000.00", "3000.00", "4000.00", "5000.00");
        new Api(Tokens.of("other-ctl-" + code, List.of(), "controller")).get("/api/v1/reports/{id}", report).then()
                .statusCode(404);
        step(Api.ADVISOR, report, Map.of("action", "ACCEPT")).statusCode(409).body("code", equalTo("CONTROL-011"));

        control(controller, "POST", "/api/v1/reports/{id}/control", null, null, report).statusCode(201)
                .body("status", equalTo("RUNNING")).body("mayWork", equalTo(true));
        step(Api.ADVISOR, report, Map.of("action", "RETURN", "comment", "Nej")).statusCode(409)
                .body("code", equalTo("CONTROL-010"));
        controller.post("/api/v1/reports/{id}/transitions", Map.of("action", "ACCEPT"), report).then().statusCode(403);

        // A random sample of three by seed 7: the lines the sampler gives for that seed, recorded with it.
        JsonPath drawn = control(controller, "POST", "/api/v1/reports/{id}/control/draws", controlTag(report),
                Map.of("method", "RANDOM", "size", 3, "seed", 7), report).statusCode(200)
                .body("draws[0].seed", equalTo(7)).body("draws[0].linesAdded", equalTo(3)).extract().jsonPath();
        List<Map<String, Object>> lines = drawn.getList("lines");
        List<Sampler.Candidate> candidates = lines.stream().map(l -> new Sampler.Candidate(
                UUID.fromString((String) l.get("expenditureId")), LocalDate.parse((String) l.get("spentOn")),
                CostCategory.STAFF, (String) l.get("supplier"), new BigDecimal(l.get("eligible").toString()))).toList();
        List<String> expected = Sampler.random(candidates, 7L, 3).stream().map(UUID::toString).sorted().toList();
        List<String> sampled = lines.stream().filter(l -> Boolean.TRUE.equals(l.get("inSample")))
                .map(l -> (String) l.get("expenditureId")).sorted().toList();
        assertEquals(expected, sampled, "the same seed draws the same sample");
        String outside = lines.stream().map(l -> (String) l.get("expenditureId")).filter(id -> !sampled.contains(id))
                .findFirst().orElseThrow();

        String deducted = sampled.get(0);
        String parked = sampled.get(1);
        String verified = sampled.get(2);
        decide(controller, report, deducted, Map.of("decision", "DEDUCTED", "deductedAmount", new BigDecimal("250.00"),
                "comment", "Fel timpris")).statusCode(400).body("errors.code", hasItem("CONTROL-005"));
        decide(controller, report, deducted, Map.of("decision", "DEDUCTED", "deductedAmount", new BigDecimal("250.00"),
                "errorType", "CALCULATION_ERROR", "comment", "Fel timpris")).statusCode(200);
        decide(controller, report, parked, Map.of("decision", "PARKED", "comment", "Väntar på lönespecifikation"))
                .statusCode(200);
        decide(controller, report, verified, Map.of("decision", "VERIFIED")).statusCode(200);
        control(controller, "PUT", "/api/v1/reports/{id}/control/lines/{line}", "\"0\"", Map.of("decision", "VERIFIED"),
                report, outside).statusCode(409).body("code", equalTo("CONTROL-005"));

        control(controller, "POST", "/api/v1/reports/{id}/control/transitions", controlTag(report),
                Map.of("action", "CLOSE"), report).statusCode(409).body("code", equalTo("CONTROL-007"))
                .body("errors.field", hasItems("conclusion", "certificate"));
        // A control starts with POST …/control, never as a step: a 400 field error of its own (not a 409 code).
        control(controller, "POST", "/api/v1/reports/{id}/control/transitions", controlTag(report),
                Map.of("action", "START"), report).statusCode(400).body("code", equalTo("VALIDATION"))
                .body("errors.code", hasItems("CONTROL-019"));
        // An error type keeps its code: changing it is a 400 Fixed, not the 409 of a duplicate type.
        String typeCode = "CF_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Api.ADVISOR.post("/api/v1/control-error-types", Map.of("code", typeCode, "nameSv", "Flödesfel", "nameEn", "Flow error"))
                .then().statusCode(201);
        Api.ADVISOR.put("/api/v1/control-error-types/{c}", "\"0\"", Map.of("code", typeCode + "_X", "nameSv", "Flödesfel",
                "nameEn", "Flow error"), typeCode).then().statusCode(400).body("errors.code", hasItems("Fixed"));

        // The unit answers a clarification, with a file.
        String clarification = control(controller, "POST", "/api/v1/reports/{id}/control/clarifications", null,
                Map.of("question", "Skicka tidrapporten för mars", "dueOn", "2026-12-31", "expenditureId", parked), report)
                .statusCode(201).extract().path("clarifications[0].id");
        applicant.get("/api/v1/me/tasks?limit=5000").then().statusCode(200)
                .body("items.find { it.kind == 'CLARIFICATION_REQUESTED' }.record.id", equalTo(report))
                .body("items.find { it.kind == 'CLARIFICATION_REQUESTED' }.due", equalTo("2026-12-31"));
        control(applicant, "PUT", "/api/v1/reports/{id}/control/clarifications/{c}/answer", "\"0\"",
                Map.of("answer", "Tidrapporten bifogas"), report, clarification).statusCode(200)
                .body("clarifications[0].answeredBy.name", org.hamcrest.Matchers.startsWith("Test applicant"));
        applicant.raw().contentType("application/octet-stream").body("Tidrapport mars\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("fileName", "tidrapport.txt")
                .post("/api/v1/reports/{id}/control/clarifications/{c}/files", report, clarification).then().statusCode(201);
        control(controller, "PUT", "/api/v1/reports/{id}/control/clarifications/{c}/answer", "\"1\"",
                Map.of("answer", "Nej"), report, clarification).statusCode(403);

        controller.raw().contentType("text/plain").body("inte en pdf".getBytes(StandardCharsets.UTF_8))
                .header("If-Match", controlTag(report))
                .put("/api/v1/reports/{id}/control/certificate", report).then().statusCode(415)
                .body("code", equalTo("CONTROL-009"));
        // The certificate is written like everything else: with the control's version, and never over a newer one.
        upload(controller, report, null, "Utan version.pdf").statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("IF_MATCH_REQUIRED"));
        String before = controlTag(report);
        certify(controller, report);
        upload(Api.ADVISOR, report, before, "Gammalt intyg.pdf").statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("STALE_VERSION"));
        Api.ADVISOR.get("/api/v1/reports/{id}/control", report).then().statusCode(200)
                .body("certificate.fileName", equalTo("Kontrollintyg.pdf"));
        control(controller, "PUT", "/api/v1/reports/{id}/control", controlTag(report), Map.of("findings",
                "Ett beräkningsfel", "conclusion", "Utgifterna är stödberättigande efter avdrag"), report).statusCode(200);

        // Overview: declared 15 000; in the sample, parked, deducted 250; eligible after control.
        JsonPath view = Api.ADVISOR.get("/api/v1/reports/{id}/control", report).jsonPath();
        BigDecimal parkedAmount = amount(lines, parked);
        BigDecimal inSample = amount(lines, deducted).add(parkedAmount).add(amount(lines, verified));
        BigDecimal eligible = new BigDecimal("15000.00").subtract(parkedAmount).subtract(new BigDecimal("250.00"));
        assertMoney(new BigDecimal("15000.00"), view.getObject("overview.declared", BigDecimal.class));
        assertMoney(inSample, view.getObject("overview.inSample", BigDecimal.class));
        assertMoney(parkedAmount, view.getObject("overview.parked", BigDecimal.class));
        assertMoney(new BigDecimal("250.00"), view.getObject("overview.deducted", BigDecimal.class));
        assertMoney(eligible, view.getObject("overview.eligibleAfterControl", BigDecimal.class));
        assertMoney(eligible, view.getObject("overview.claim.eligibleTotal", BigDecimal.class));
        assertEquals("CALCULATION_ERROR", view.getString("overview.deductions[0].errorType"));

        control(controller, "POST", "/api/v1/reports/{id}/control/transitions", controlTag(report),
                Map.of("action", "CLOSE"), report).statusCode(200).body("status", equalTo("CLOSED"));
        control(controller, "POST", "/api/v1/reports/{id}/control/transitions", controlTag(report),
                Map.of("action", "REOPEN"), report).statusCode(400).body("errors.code", hasItem("CONTROL-008"));
        control(controller, "POST", "/api/v1/reports/{id}/control/transitions", controlTag(report),
                Map.of("action", "REOPEN", "comment", "Nytt underlag"), report).statusCode(200)
                .body("status", equalTo("RUNNING")).body("reopenReason", equalTo("Nytt underlag"));
        control(controller, "POST", "/api/v1/reports/{id}/control/transitions", controlTag(report),
                Map.of("action", "CLOSE"), report).statusCode(200).body("events.action",
                        equalTo(List.of("START", "CLOSE", "REOPEN", "CLOSE")));
        Api.ADVISOR.get("/api/v1/reports/{id}/control/history", report).then().statusCode(200)
                .body("changes.flatten().field", hasItem("reopenReason"));
        control(controller, "PUT", "/api/v1/reports/{id}/control", controlTag(report), Map.of("conclusion", "Ändrad"),
                report).statusCode(409).body("code", equalTo("CONTROL-003"));

        exportsHoldTheControl();
        theSwedishExportsHoldTheControl(eligible);

        step(Api.ADVISOR, report, ACCEPT).statusCode(200);
        step(Api.ADVISOR, report, Map.of("action", "SEND_TO_FUNDER", "sentOn", LocalDate.now().toString(),
                "funderReference", "UB-1", "confirmMissingEvidence", true, "comment", "Kontrollerad")).statusCode(200)
                .body("euClaimed", equalTo(eligible.multiply(new BigDecimal("0.40")).setScale(2, RoundingMode.DOWN)
                        .floatValue()));

        // The parked line waits for the next report's control, and is claimed there once verified.
        String next = submittedClaim(2, "700.00");
        control(Api.ADVISOR, "POST", "/api/v1/reports/{id}/control", null, null, next).statusCode(201)
                .body("lines.find { it.carried }.expenditureId", equalTo(parked))
                .body("lines.find { it.carried }.fromPeriod", equalTo(1))
                .body("overview.carriedLines", equalTo(1));
        decide(Api.ADVISOR, next, parked, Map.of("decision", "VERIFIED", "comment", "Tidrapporten visar timmarna"))
                .statusCode(200);
        JsonPath nextView = Api.ADVISOR.get("/api/v1/reports/{id}/control", next).jsonPath();
        assertMoney(new BigDecimal("700.00").add(parkedAmount), nextView.getObject("overview.claim.eligibleTotal", BigDecimal.class));
        assertMoney(eligible, nextView.getObject("overview.claim.categories.find { it.category == 'STAFF' }.claimedBefore", BigDecimal.class));
    }

    /** The auditor's PDF (in English) and audit package hold the control, its certificate and the answer's file. */
    private void exportsHoldTheControl() {
        byte[] pdf = Api.AUDITOR.raw().accept("application/pdf").get("/api/v1/projects/{id}/export.pdf?lang=en",
                project.projectId()).then().statusCode(200).extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // A cell's text wraps inside its column: its lines are joined to read it as one.
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.hamcrest.MatcherAssert.assertThat(text, org.hamcrest.Matchers.allOf(
                    org.hamcrest.Matchers.containsString("Control of the payment claim"),
                    org.hamcrest.Matchers.containsString("Eligible after control"),
                    org.hamcrest.Matchers.containsString("Calculation error"),
                    org.hamcrest.Matchers.containsString("Skicka tidrapporten")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] zip = Api.AUDITOR.raw().accept("application/zip").get("/api/v1/projects/{id}/audit-package",
                project.projectId()).then().statusCode(200).extract().asByteArray();
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.hamcrest.MatcherAssert.assertThat(names, hasItems("records/controls.csv", "records/control-lines.csv",
                "history/control-lines.csv", "records/control-clarifications.csv"));
        org.hamcrest.MatcherAssert.assertThat(names, hasItem(org.hamcrest.Matchers.matchesPattern(
                "attachments/control/certificates/.*-Kontrollintyg\\.pdf")));
        org.hamcrest.MatcherAssert.assertThat(names, hasItem(org.hamcrest.Matchers.startsWith(
                "attachments/control/clarifications/")));
        Api.AUDITOR.get("/api/v1/projects/{id}/exports", project.projectId()).then().statusCode(200)
                .body("kind", hasItems("PDF", "AUDIT_PACKAGE"));
    }

    /**
     * The PDF and the workbook in Swedish: the overview with the certificate's reference, the decisions per line
     * with their error type, the deductions per category and error type, and the clarification with its answer.
     */
    private void theSwedishExportsHoldTheControl(BigDecimal eligible) {
        byte[] pdf = Api.AUDITOR.raw().accept("application/pdf").get("/api/v1/projects/{id}/export.pdf?lang=sv",
                project.projectId()).then().statusCode(200).extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // A cell's text wraps inside its column: its lines are joined to read it as one.
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.hamcrest.MatcherAssert.assertThat(text, org.hamcrest.Matchers.allOf(
                    org.hamcrest.Matchers.containsString("Kontroll av ansökan om utbetalning, period 1"),
                    org.hamcrest.Matchers.containsString("Stödberättigande efter kontroll"),
                    org.hamcrest.Matchers.containsString("Kontrollintyg.pdf (SHA-256"),
                    org.hamcrest.Matchers.containsString("Beräkningsfel"),
                    org.hamcrest.Matchers.containsString("Parkerad"),
                    org.hamcrest.Matchers.containsString("Tidrapporten bifogas"),
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Eligible after control"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] xlsx = Api.AUDITOR.raw().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/projects/{id}/export.xlsx?lang=sv", project.projectId()).then().statusCode(200)
                .extract().asByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            Map<String, List<org.dhatim.fastexcel.reader.Row>> sheets = new HashMap<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                sheets.put(sheet.getName(), sheet.read());
            }
            org.hamcrest.MatcherAssert.assertThat(sheets.keySet(), hasItems("Kontroller", "Kontrollerade rader",
                    "Kontrollens avdrag", "Kompletteringar"));
            org.dhatim.fastexcel.reader.Row overview = sheets.get("Kontroller").get(1);
            assertEquals("Avslutad", overview.getCellText(1));
            assertMoney(new BigDecimal("15000.00"), overview.getCellAsNumber(2).orElseThrow());
            assertMoney(new BigDecimal("250.00"), overview.getCellAsNumber(6).orElseThrow());
            assertMoney(eligible, overview.getCellAsNumber(7).orElseThrow());
            org.hamcrest.MatcherAssert.assertThat(overview.getCellText(13),
                    org.hamcrest.Matchers.startsWith("Kontrollintyg.pdf "));
            org.dhatim.fastexcel.reader.Row deducted = sheets.get("Kontrollerade rader").stream()
                    .filter(r -> "Avdrag".equals(r.getCellText(7))).findFirst().orElseThrow();
            assertEquals("Beräkningsfel", deducted.getCellText(9));
            assertMoney(new BigDecimal("250.00"), deducted.getCellAsNumber(8).orElseThrow());
            assertEquals("Fel timpris", deducted.getCellText(10));
            assertEquals(1L, sheets.get("Kontrollerade rader").stream().filter(r -> "Parkerad".equals(r.getCellText(7)))
                    .count());
            org.dhatim.fastexcel.reader.Row byType = sheets.get("Kontrollens avdrag").get(1);
            assertEquals(List.of("Personalkostnader", "Beräkningsfel"), List.of(byType.getCellText(1), byType.getCellText(2)));
            assertMoney(new BigDecimal("250.00"), byType.getCellAsNumber(3).orElseThrow());
            org.dhatim.fastexcel.reader.Row question = sheets.get("Kompletteringar").get(1);
            assertEquals(List.of("Skicka tidrapporten för mars", "Tidrapporten bifogas", "tidrapport.txt"),
                    List.of(question.getCellText(1), question.getCellText(4), question.getCellText(7)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertMoney(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), "expected " + expected + " but was " + actual);
    }

    private static BigDecimal amount(List<Map<String, Object>> lines, String id) {
        return new BigDecimal(lines.stream().filter(l -> id.equals(l.get("expenditureId"))).findFirst().orElseThrow()
                .get("eligible").toString()).setScale(2);
    }

    @Test
    void whoClosesTheControlNeverSendsTheClaimAndTheFundersCorrectionsKeepTheRemainingBudgetTrue() {
        // Without an appointed controller the office does the pre-check: the claim is on the advisors' to-do list
        // until its control closes.
        Api.ADVISOR.delete("/api/v1/projects/{id}/controllers/{s}", null, project.projectId(), "sub-ctl-" + code).then()
                .statusCode(204);
        String report = submittedClaim(1, "1000.00", "3000.00");
        String advisorsControlWork = "items.findAll { it.kind == 'CONTROL_TO_DO' && it.record.id == '" + report + "' }";
        Api.ADVISOR.get("/api/v1/me/tasks?limit=5000").then().statusCode(200)
                .body(advisorsControlWork + ".reason.code", equalTo(List.of("CONTROL_NOT_STARTED")));
        controller.get("/api/v1/me/tasks?limit=5000").then().statusCode(200).body(advisorsControlWork + ".size()", equalTo(0));
        control(Api.ADVISOR, "POST", "/api/v1/reports/{id}/control", null, null, report).statusCode(201);
        control(Api.ADVISOR, "POST", "/api/v1/reports/{id}/control/draws", controlTag(report),
                Map.of("method", "LARGEST", "size", 1), report).statusCode(200).body("lines.findAll { it.inSample }.amount",
                        equalTo(List.of(3000.0f)));
        String line = Api.ADVISOR.get("/api/v1/reports/{id}/control", report).jsonPath()
                .getString("lines.find { it.inSample }.expenditureId");
        decide(Api.ADVISOR, report, line, Map.of("decision", "VERIFIED")).statusCode(200);
        certify(Api.ADVISOR, report);
        control(Api.ADVISOR, "PUT", "/api/v1/reports/{id}/control", controlTag(report), Map.of("conclusion", "Utan anmärkning"),
                report).statusCode(200);
        Api.ADVISOR.get("/api/v1/me/tasks?limit=5000").then().statusCode(200)
                .body(advisorsControlWork + ".reason.code", equalTo(List.of("CONTROL_RUNNING")));
        control(Api.ADVISOR, "POST", "/api/v1/reports/{id}/control/transitions", controlTag(report),
                Map.of("action", "CLOSE"), report).statusCode(200);
        Api.ADVISOR.get("/api/v1/me/tasks?limit=5000").then().statusCode(200).body(advisorsControlWork + ".size()", equalTo(0));
        step(Api.ADVISOR, report, ACCEPT).statusCode(200);
        Map<String, Object> send = Map.of("action", "SEND_TO_FUNDER", "sentOn", LocalDate.now().toString(),
                "funderReference", "UB-2", "confirmMissingEvidence", true, "comment", "Kontrollerad");
        step(Api.ADVISOR, report, send).statusCode(403).body("code", equalTo("CONTROL-012"));
        Api other = new Api(Tokens.of("bo.advisor", List.of("INT"), "advisor"));
        step(other, report, send).statusCode(200).body("euClaimed", equalTo(1600.0f));

        // The funder paid 100 less: it did not accept 250.00 of staff costs.
        Map<String, Object> corrections = Map.of("corrections", List.of(Map.of("partnerId", project.leadId(),
                "category", "STAFF", "amount", new BigDecimal("250.00"), "reason", "Timmar utanför projektet")));
        control(Api.ADVISOR, "PUT", "/api/v1/reports/{id}/funder-corrections", etag(Api.ADVISOR, "/api/v1/reports/{id}",
                report), corrections, report).statusCode(409).body("code", equalTo("CONTROL-015"));
        Api.ADVISOR.put("/api/v1/reports/{id}/payment", etag(Api.ADVISOR, "/api/v1/reports/{id}", report),
                Map.of("paidAmount", new BigDecimal("1500.00"), "paidOn", LocalDate.now().toString()), report).then()
                .statusCode(200);
        control(Api.ADVISOR, "PUT", "/api/v1/reports/{id}/funder-corrections", etag(Api.ADVISOR, "/api/v1/reports/{id}",
                report), corrections, report).statusCode(200).body("shortfall", equalTo(100.0f))
                .body("total", equalTo(250.0f));

        String next = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 2),
                project.projectId()).then().statusCode(201).extract().path("id");
        Api.ADVISOR.get("/api/v1/reports/{id}/claim", next).then().statusCode(200)
                .body("categories.find { it.category == 'STAFF' }.claimedBefore", equalTo(3750.0f))
                .body("categories.find { it.category == 'STAFF' }.remaining", equalTo(6250.0f));
    }

    /** Every entry of the changes feed after the cursor, as this caller reads it. */
    private static List<Map<String, Object>> changes(Api who, String after) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String cursor = after;
        while (true) {
            JsonPath page = who.get("/api/v1/changes?limit=1000&after=" + cursor).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return all;
            }
        }
    }

    /** The cursor at the head of the feed now. */
    private static String head() {
        String cursor = "0";
        while (true) {
            JsonPath page = Api.ADVISOR.get("/api/v1/changes?limit=1000&after=" + cursor).then().statusCode(200)
                    .extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }

    @Test
    void aControllerReadsTheChangesOfTheProjectsAppointedToAndNothingElse() {
        String start = head();
        String report = submittedClaim(1, "100.00");
        String line = Api.ADVISOR.get("/api/v1/reports/{id}/expenditures", report).jsonPath().getString("[0].id");
        UUID elsewhere = Api.createUnit(Api.uniqueCode("CE"), "Annan enhet");
        UUID programme = Api.createProgramme(Api.uniqueCode("CP"), "ERDF");

        List<Map<String, Object>> seen = changes(controller, start);
        List<Object> ids = seen.stream().map(e -> e.get("id")).toList();
        org.hamcrest.MatcherAssert.assertThat(ids, hasItems(report, line));
        org.hamcrest.MatcherAssert.assertThat(ids, org.hamcrest.Matchers.not(org.hamcrest.Matchers.anyOf(
                hasItem(elsewhere.toString()), hasItem(programme.toString()))));
        org.hamcrest.MatcherAssert.assertThat(seen.stream().map(e -> e.get("link").toString()).toList(),
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.startsWith("/api/v1/reports/" + report),
                        org.hamcrest.Matchers.startsWith("/api/v1/projects/" + project.projectId()))));
        // Each entry's link is one the controller may read.
        controller.get((String) seen.stream().filter(e -> report.equals(e.get("id"))).findFirst().orElseThrow()
                .get("link")).then().statusCode(200);

        // A controller appointed elsewhere reads none of it, and its cursor still moves on.
        Api stranger = new Api(Tokens.of("feed-ctl-" + code, List.of(), "controller"));
        assertEquals(List.of(), changes(stranger, start));
        JsonPath page = stranger.get("/api/v1/changes?after=" + start).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(Long.parseLong(page.getString("next")) > Long.parseLong(start));
        // The unit still reads its own records and those of no unit, as before.
        org.hamcrest.MatcherAssert.assertThat(changes(applicant, start).stream().map(e -> e.get("id")).toList(),
                hasItems(report, line, programme.toString()));
    }

    @Test
    void aControllerSeesOnlyTheProjectsAppointedToAndWritesOnlyControlWork() {
        String report = submittedClaim(1, "100.00");
        controller.get("/api/v1/projects").then().statusCode(200).body("items.id", equalTo(List.of(project.projectId())));
        controller.get("/api/v1/me/tasks?limit=5000").then().statusCode(200)
                .body("items.findAll { it.kind == 'CONTROL_TO_DO' }.record.id", equalTo(List.of(report)))
                .body("items.find { it.kind == 'CONTROL_TO_DO' }.reason.code", equalTo("CONTROL_NOT_STARTED"));
        controller.get("/api/v1/reports/{id}/expenditures", report).then().statusCode(200);
        controller.get("/api/v1/applications/{id}/budget", project.applicationId()).then().statusCode(200);
        controller.get("/api/v1/applications/{id}", project.applicationId()).then().statusCode(403);
        controller.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINAL"), project.projectId()).then()
                .statusCode(403);
        Api stranger = new Api(Tokens.of("stranger-ctl-" + code, List.of(), "controller"));
        stranger.get("/api/v1/projects").then().statusCode(200).body("items.size()", equalTo(0));
        stranger.get("/api/v1/projects/{id}", project.projectId()).then().statusCode(404);
        stranger.request().contentType("application/json").post("/api/v1/reports/{id}/control", report).then().statusCode(404);
        Map<String, Object> body = new HashMap<>(Map.of("subject", "sub-stranger-ctl-" + code));
        Api.ADVISOR.post("/api/v1/projects/{id}/controllers", body, project.projectId()).then().statusCode(201);
        stranger.get("/api/v1/projects/{id}", project.projectId()).then().statusCode(200);
        Api.ADVISOR.post("/api/v1/projects/{id}/controllers", body, project.projectId()).then().statusCode(409)
                .body("code", equalTo("CONTROL-013"));
        Api.ADVISOR.post("/api/v1/projects/{id}/controllers", Map.of("subject", "sub-nobody"), project.projectId()).then()
                .statusCode(400).body("errors.code", hasItem("CONTROL-018"));
        Api.ADVISOR.delete("/api/v1/projects/{id}/controllers/{s}", null, project.projectId(), "sub-stranger-ctl-" + code)
                .then().statusCode(204);
        stranger.get("/api/v1/projects/{id}", project.projectId()).then().statusCode(404);
    }
}
