package se.sodertalje.euportal.export;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.rate.ExchangeRate;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/**
 * The auditors' exports of a fixture project (EUR budget: staff 10 000.00 granted, 40 % EU): its
 * first claim has staff 1 234.50 EUR and 11 483.00 SEK of services with 2 296.60 recoverable VAT
 * (9 186.40 SEK = 800.00 EUR at 11.4830), so 2 034.50 claimed and 813.80 EU.
 */
@QuarkusTest
class ProjectExportTest {

    private final String code = Api.uniqueCode("EX");
    private Api applicant;
    private Projects.Granted project;

    @BeforeEach
    void reportedProject() {
        UUID unit = Api.createUnit(code, "Exportkontoret");
        applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("EX"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("EX-CALL"), "Exportutlysning", 30, null);
        project = Projects.granted(code, unit, call);
        YearMonth month = YearMonth.now(Clocks.STOCKHOLM);
        QuarkusTransaction.requiringNew().run(() -> {
            ExchangeRate rate = ExchangeRate.findById(new ExchangeRate.Key("SEK", month.atDay(1)));
            if (rate == null) {
                rate = new ExchangeRate();
                rate.currency = "SEK";
                rate.month = month.atDay(1);
            }
            rate.unitsPerEur = new BigDecimal("11.4830");
            rate.updatedBySubject = "test";
            rate.updatedAt = Instant.now();
            rate.persist();
        });
        String claim = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        String salary = applicant.post("/api/v1/reports/{id}/expenditures", line("STAFF", "Lön projektledare", "1234.50",
                "EUR", "0", false), claim).then().statusCode(201).extract().path("id");
        applicant.post("/api/v1/reports/{id}/expenditures", line("EXTERNAL_EXPERTISE", "Utvärdering, Leverantör AB",
                "11483.00", "SEK", "2296.60", true), claim).then().statusCode(201);
        applicant.raw().contentType("application/octet-stream").body("Lönebesked mars\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/{r}/expenditures/{id}/evidence?fileName=lonebesked.txt", claim, salary).then()
                .statusCode(201);
        submit(claim);
        String progress = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "PROGRESS", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        applicant.put("/api/v1/reports/{id}", "\"0\"", Map.of("activities", "Workshops", "deliverables", List.of(),
                "indicators", List.of(Map.of("code", "RCO 87", "name", "Organisationer som samarbetar", "type", "OUTPUT",
                        "target", 10, "thisPeriod", 3))), progress).then().statusCode(200);
        submit(progress);
    }

    private Map<String, Object> line(String category, String description, String amount, String currency, String vat,
            boolean recoverable) {
        return new HashMap<>(Map.of("partnerId", project.leadId(), "category", category, "spentOn", "2026-03-15",
                "supplier", "Leverantör AB", "description", description, "amount", new BigDecimal(amount),
                "currency", currency, "vatAmount", new BigDecimal(vat), "vatRecoverable", recoverable));
    }

    private void submit(String report) {
        String etag = applicant.get("/api/v1/reports/{id}", report).header("ETag");
        applicant.request().contentType("application/json").header("If-Match", etag).body(Map.of("action", "SUBMIT"))
                .post("/api/v1/reports/{id}/transitions", report).then().statusCode(200);
    }

    private static byte[] download(Api who, String path, String accept, Object... params) {
        return who.raw().accept(accept + ", application/problem+json").get(path, params).then().statusCode(200)
                .extract().asByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePdfReadsTheFiguresInEnglishOrSwedish() throws IOException {
        String english = pdfText(download(Api.AUDITOR, "/api/v1/projects/{id}/export.pdf?lang=en", "application/pdf",
                project.projectId()));
        assertTrue(english.contains("Rapporteringsprojekt " + code + " (RAPP)"), english);
        assertTrue(english.contains("Granted and claimed (EUR)"), english);
        assertTrue(english.contains("Staff costs 10,000.00 1,234.50 8,765.50"), english);
        assertTrue(english.contains("External expertise and services 0.00 800.00 -800.00"), english);
        assertTrue(english.contains("2,034.50 813.80"), "the lead's claimed and EU amount: " + english);
        assertTrue(english.contains("RCO 87 Organisationer som samarbetar Output 10 3"), english);
        assertTrue(english.contains("Financial report 1 Submitted"), english);
        assertTrue(english.contains("Grant recorded"), english);
        String swedish = pdfText(download(Api.AUDITOR, "/api/v1/projects/{id}/export.pdf", "application/pdf",
                project.projectId()));
        assertTrue(swedish.contains("Beviljat och ansökt (EUR)"), swedish);
        assertTrue(swedish.contains("Personalkostnader 10 000,00 1 234,50 8 765,50"), swedish);
        assertTrue(swedish.contains("Ekonomisk rapport 1 Inlämnad"), swedish);
        java.util.regex.Matcher enumName = java.util.regex.Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b").matcher(swedish);
        assertTrue(!enumName.find(), "no enum name in the Swedish PDF: " + swedish);
        for (String constant : List.of("STAFF", "SUBMITTED", "FINANCIAL", "PROGRESS", "OUTPUT", "GRANTED", "RUNNING",
                "LEAD_PARTNER", "PARTNER", "DRAFT")) {
            assertTrue(!java.util.regex.Pattern.compile("\\b" + constant + "\\b").matcher(swedish).find(), constant);
        }
        assertTrue(swedish.contains("Sida 1 av "), swedish);
    }

    @Test
    void withoutLangOrAcceptLanguageTheExportIsInTheUsersOwnLanguage() throws IOException {
        String swedish = pdfText(download(applicant, "/api/v1/projects/{id}/export.pdf", "application/pdf",
                project.projectId()));
        assertTrue(swedish.contains("Beviljat och ansökt (EUR)"), "Swedish until the user chooses: " + swedish);
        applicant.put("/api/v1/me/language", null, Map.of("language", "EN")).then().statusCode(200);
        try {
            String english = pdfText(download(applicant, "/api/v1/projects/{id}/export.pdf", "application/pdf",
                    project.projectId()));
            assertTrue(english.contains("Granted and claimed (EUR)"), english);
            assertTrue(pdfText(applicant.raw().accept("application/pdf").header("Accept-Language", "sv-SE,sv;q=0.9")
                    .get("/api/v1/projects/{id}/export.pdf", project.projectId()).then().statusCode(200).extract()
                    .asByteArray()).contains("Beviljat och ansökt (EUR)"), "an Accept-Language preferring Swedish wins");
            assertTrue(pdfText(download(applicant, "/api/v1/projects/{id}/export.pdf?lang=sv", "application/pdf",
                    project.projectId())).contains("Beviljat och ansökt (EUR)"), "?lang wins");
        } finally {
            applicant.put("/api/v1/me/language", null, Map.of("language", "SV")).then().statusCode(200);
        }
    }

    @Test
    void theWorkbookHoldsRealNumbersDatesAndFormulaTotals() throws IOException {
        byte[] xlsx = download(applicant, "/api/v1/projects/{id}/export.xlsx?lang=en", ExportResource.XLSX,
                project.projectId());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Project", "Partners", "Decisions and steps", "Budget versions", "Granted and claimed",
                    "Reports", "Indicators", "Expenditure", "Audit trail"), sheets);
            List<Row> money = workbook.getSheets().filter(s -> s.getName().equals("Granted and claimed")).findFirst()
                    .orElseThrow().read();
            Row staff = money.stream().filter(r -> "Staff costs".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal("10000.00").compareTo(staff.getCellAsNumber(1).orElseThrow()));
            assertEquals(0, new BigDecimal("1234.50").compareTo(staff.getCellAsNumber(2).orElseThrow()));
            assertEquals("B" + staff.getRowNum() + "-C" + staff.getRowNum(), staff.getCell(3).getFormula());
            Row sum = money.stream().filter(r -> "Sum".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertTrue(sum.getCell(2).getFormula().startsWith("SUM(C"), sum.getCell(2).getFormula());

            List<Row> lines = workbook.getSheets().filter(s -> s.getName().equals("Expenditure")).findFirst()
                    .orElseThrow().read();
            assertEquals("Supplier", lines.get(0).getCellText(4));
            Row sek = lines.stream().filter(r -> "SEK".equals(r.getCellText(9)) && r.getCell(3) != null
                    && r.getCell(3).getType() == org.dhatim.fastexcel.reader.CellType.NUMBER).findFirst().orElseThrow();
            assertEquals("2026-03-15", sek.getCellAsDate(3).orElseThrow().toLocalDate().toString());
            assertEquals(0, new BigDecimal("9186.40").compareTo(sek.getCellAsNumber(12).orElseThrow()));
            assertTrue(lines.stream().anyMatch(r -> r.getCell(12) != null && r.getCell(12).getFormula() != null
                    && r.getCell(12).getFormula().startsWith("SUMIF(J2:J3,\"SEK\"")), "a SUMIF per currency");
        }
    }

    @Test
    void theSwedishWorkbookNamesStatusesCategoriesAndKindsInWords() throws IOException {
        byte[] xlsx = download(applicant, "/api/v1/projects/{id}/export.xlsx?lang=sv", ExportResource.XLSX,
                project.projectId());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, List<Row>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook.getSheets().toList()) {
                sheets.put(sheet.getName(), sheet.read());
            }
            assertEquals(List.of("Ekonomisk rapport", "Lägesrapport"), sheets.get("Rapporter").stream().skip(1)
                    .map(r -> r.getCellText(0)).filter(t -> !t.isEmpty() && !t.equals("Summa")).sorted().toList());
            assertTrue(sheets.get("Rapporter").stream().skip(1).allMatch(r -> r.getCellText(2).isEmpty()
                    || r.getCellText(2).equals("Inlämnad")), "report statuses in words");
            assertEquals(List.of("Extern expertis och tjänster", "Personalkostnader"), sheets.get("Utgifter").stream()
                    .skip(1).map(r -> r.getCellText(2)).filter(t -> !t.isEmpty()).sorted().toList());
            assertEquals("Huvudpartner", sheets.get("Partner").get(1).getCellText(2));
            assertEquals("Beviljande registrerat", sheets.get("Beslut och steg").stream().skip(1)
                    .map(r -> r.getCellText(0)).reduce((a, b) -> b).orElseThrow());
            assertEquals("Pågår", sheets.get("Projekt").stream().filter(r -> "Status".equals(r.getCellText(0)))
                    .findFirst().orElseThrow().getCellText(1));
            java.util.regex.Pattern enumName = java.util.regex.Pattern.compile("[A-Z]+(_[A-Z]+)+");
            sheets.forEach((name, rows) -> rows.forEach(r -> r.stream().filter(java.util.Objects::nonNull).forEach(c ->
                    assertTrue(!enumName.matcher(c.getText()).matches(), name + ": " + c.getText()))));
        }
    }

    @Test
    void theAuditPackageVerifiesAgainstItsManifestAndAChangedByteDoesNot() throws IOException {
        applicant.raw().accept("application/zip, application/problem+json")
                .get("/api/v1/projects/{id}/audit-package", project.projectId()).then().statusCode(403);
        Response response = Api.AUDITOR.raw().accept("application/zip, application/problem+json")
                .get("/api/v1/projects/{id}/audit-package?lang=en", project.projectId());
        response.then().statusCode(200).header("Content-Disposition", containsString("audit-package.zip"));
        byte[] zip = response.asByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertEquals(response.header(ExportResource.MANIFEST_HEADER), sha256(files.get("manifest.json")));
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        List<Manifest.Entry> entries = new ArrayList<>();
        manifest.get("files").forEach(f -> entries.add(new Manifest.Entry(f.get("path").asText(), f.get("bytes").asLong(),
                f.get("sha256").asText())));
        assertTrue(entries.stream().anyMatch(e -> e.path().matches("attachments/evidence/.*-lonebesked\\.txt")), entries.toString());
        assertTrue(entries.stream().map(Manifest.Entry::path).toList().containsAll(List.of("project.pdf", "project.xlsx",
                "records/expenditures.csv", "records/reports.csv", "history/reports.csv", "history/expenditures.csv")));
        assertEquals(List.of(), Manifest.verify(new ByteArrayInputStream(zip), entries));
        String expenditures = new String(files.get("records/expenditures.csv"), StandardCharsets.UTF_8);
        assertTrue(expenditures.contains("Utvärdering") && expenditures.contains("9186") == false
                && expenditures.contains("11483.00"), expenditures);
        assertTrue(new String(files.get("history/reports.csv"), StandardCharsets.UTF_8).contains("SUBMITTED"));
        String fileLog = new String(files.get("records/file-log.csv"), StandardCharsets.UTF_8);
        assertTrue(fileLog.contains("UPLOADED") && fileLog.contains("lonebesked.txt"), fileLog);

        // One changed byte in one file, and the package no longer verifies.
        byte[] evidence = files.get(entries.stream().filter(e -> e.path().startsWith("attachments/evidence/")).findFirst()
                .orElseThrow().path());
        evidence[0] = (byte) (evidence[0] ^ 1);
        List<String> problems = Manifest.verify(new ByteArrayInputStream(zip(files)), entries);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("does not match its SHA-256"), problems.toString());

        // Every export is recorded: who, what, when, and the hash handed out.
        Api.AUDITOR.get("/api/v1/projects/{id}/exports", project.projectId()).then().statusCode(200)
                .body("[0].kind", org.hamcrest.Matchers.equalTo("AUDIT_PACKAGE"))
                .body("[0].sha256", org.hamcrest.Matchers.equalTo(response.header(ExportResource.MANIFEST_HEADER)))
                .body("[0].actor.name", org.hamcrest.Matchers.equalTo("Test alex.auditor"));
        Api.coordinator("ANNAN-" + code).raw().accept("application/pdf, application/problem+json")
                .get("/api/v1/projects/{id}/export.pdf", project.projectId()).then().statusCode(404);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
