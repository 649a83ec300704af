package se.sodertalje.euportal.programme.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.FieldError;

class CsvFormatTest {

    private static final String HEADER = "programmeCode,identifier,title,opensAt,closesAt,timeZone,budget,topics,url\n";

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        ParsedImport parsed = CsvFormat.parse(HEADER
                + "ERUF-STHLM,ERUF-1,\"Klimat, energi och \"\"gröna\"\" jobb\",2026-12-01T09:00,2027-02-15T17:00,"
                + "Europe/Stockholm,1500000.50,klimat; energi ;klimat,https://example.se\r\n"
                + "ERUF-STHLM,ERUF-2,\"Rad ett\nrad två\",,2027-03-01T12:00+01:00,Europe/Stockholm,,,\n");
        assertEquals(List.of(), parsed.errors());
        ImportedCall first = parsed.calls().get(0);
        assertEquals("Klimat, energi och \"gröna\" jobb", first.title());
        assertEquals(Instant.parse("2027-02-15T16:00:00Z"), first.closesAt());
        assertEquals(new BigDecimal("1500000.50"), first.budget());
        assertEquals(List.of("klimat", "energi"), first.topics());
        assertEquals("Rad ett\nrad två", parsed.calls().get(1).title());
        assertEquals(Instant.parse("2027-03-01T11:00:00Z"), parsed.calls().get(1).closesAt());
    }

    @Test
    void eachBadCellShouldBeNamedByRowAndColumn() {
        ParsedImport parsed = CsvFormat.parse(HEADER
                + "ERUF-STHLM,,Titel,2027-03-01T00:00,2027-02-01T00:00,Mars/Olympus,-5,,\n");
        assertEquals(List.of("rows[0].identifier", "rows[0].timeZone", "rows[0].budget"),
                parsed.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aFileWithoutTheHeaderShouldBeRefused() {
        assertEquals("file", CsvFormat.parse("a,b,c\n1,2,3\n").errors().get(0).field());
    }
}
