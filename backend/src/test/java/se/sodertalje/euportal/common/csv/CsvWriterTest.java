package se.sodertalje.euportal.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void fieldsShouldBeQuotedOnlyWhenTheyMustAndFormulasDefused() {
        String csv = new CsvWriter().row(List.of("name", "note")).row(Arrays.asList("Växjö, kommun", null))
                .row(List.of("Say \"hej\"", "two\nlines")).row(List.of("=HYPERLINK(\"x\")", -3)).toString();
        assertEquals("\uFEFFname,note\r\n\"Växjö, kommun\",\r\n\"Say \"\"hej\"\"\",\"two\nlines\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",-3\r\n", csv);
    }

    @Test
    void whatIsWrittenShouldReadBackTheSame() {
        List<String> row = List.of("a,b", "c\"d", "e\r\nf", "");
        CsvTable table = CsvTable.parse(new CsvWriter().row(List.of("w", "x", "y", "z")).row(row).toString());
        assertEquals(1, table.rows());
        assertEquals("a,b", table.cell(0, "w"));
        assertEquals("c\"d", table.cell(0, "x"));
        assertEquals("e\r\nf", table.cell(0, "y"));
        assertEquals(null, table.cell(0, "z"));
    }
}
