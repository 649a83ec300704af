package se.sodertalje.euportal.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** Each figure's data as CSV and XLSX, with the fixture's figures in them. */
@QuarkusTest
class DashboardExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    private PortfolioFixture f;

    @BeforeEach
    void fixture() {
        f = PortfolioFixture.get(em);
    }

    @Test
    void shouldExportAFigureAsCsv() {
        String csv = Api.AUDITOR.raw().accept("text/csv, application/problem+json")
                .get("/api/v1/dashboard/portfolio/by-unit.csv?" + f.units()).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("portfolio-by-unit.csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFUnit code,Unit,Applications,DRAFT,UNIT_APPROVED,IN_REVIEW,READY_TO_SUBMIT,SUBMITTED,GRANTED,"
                + "REJECTED,WITHDRAWN,Success rate %,EU applied for (SEK),EU granted (SEK),Co-financing (SEK),"
                + "EU claimed (SEK),EU received (SEK)", lines.get(0));
        assertEquals(f.codeA + ",Portfölj A " + f.codeA + ",2,0,0,0,0,0,2,0,0,100.00,132000.00,126250.00,83000.00,"
                + "63333.30,46500.00", lines.get(1));
        assertEquals(f.codeC + ",Portfölj C " + f.codeC + ",2,1,0,0,0,0,0,0,1,,0.00,0.00,0.00,0.00,0.00", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void shouldExportTheScreeningAndTheUncoveredUnits() {
        String screening = Api.ADVISOR.raw().accept("text/csv").get("/api/v1/dashboard/portfolio/screening.csv?"
                + f.units()).then().statusCode(200).extract().asString();
        assertTrue(screening.contains(f.codeA + ",Portfölj A " + f.codeA + ",3,2,66.67"), screening);
        assertTrue(screening.contains(",Total,4,2,50.00"), screening);
        String uncovered = Api.ADVISOR.raw().accept("text/csv").get("/api/v1/dashboard/portfolio/"
                + "units-without-coordinator.csv?" + f.units()).then().statusCode(200).extract().asString();
        assertEquals(List.of("\uFEFFUnit code,Unit,Type", f.codeB + ",Portfölj B " + f.codeB + ",MUNICIPAL_DEPARTMENT",
                f.codeC + ",Portfölj C " + f.codeC + ",MUNICIPAL_DEPARTMENT"), uncovered.lines().toList());
    }

    @Test
    void shouldExportAFigureAsAWorkbookWithNumbersInItsCells() throws IOException {
        byte[] xlsx = Api.ADMIN.raw().accept(XLSX + ", application/problem+json")
                .get("/api/v1/dashboard/portfolio/by-fund.xlsx?" + f.units()).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("portfolio-by-fund.xlsx")).extract().asByteArray();
        assertArrayEquals(new byte[] {'P', 'K'}, new byte[] {xlsx[0], xlsx[1]}, "an XLSX file is a zip");
        String sheet = sheet(xlsx);
        // the INTERREG row (3) holds its EU money applied for as a number, not as text
        assertTrue(sheet.matches("(?s).*<c r=\"L3\"[^>]*><v>107000.37</v></c>.*"), sheet);
        assertTrue(sheet.matches("(?s).*<c r=\"B2\"[^>]*><v>3</v></c>.*"), sheet);
        assertTrue(sheet.matches("(?s).*<c r=\"K2\"[^>]*><v>50.00?</v></c>.*"), sheet);
    }

    @Test
    void shouldAnswerAnUnknownFigureWith404AndBadFiltersWith400() {
        Api.ADVISOR.raw().accept("text/csv, application/problem+json").get("/api/v1/dashboard/portfolio/by-mood.csv")
                .then().statusCode(404).contentType("application/problem+json");
        Api.ADVISOR.raw().accept(XLSX + ", application/problem+json").get("/api/v1/dashboard/portfolio/by-unit.xlsx"
                + "?yearFrom=x").then().statusCode(400).contentType("application/problem+json");
    }

    private static String sheet(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("portfolio", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
                assertTrue(entry != null, "a sheet in the workbook");
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
