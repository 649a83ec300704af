package se.sodertalje.euportal.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.sodertalje.euportal.common.csv.CsvWriter;

/** A figure's table as CSV (amounts with a decimal point) or as a workbook whose figures are numbers, not text. */
final class TableFiles {

    private static final String MONEY = "#,##0.00";

    private TableFiles() {
    }

    static String csv(FigureTable table) {
        CsvWriter csv = new CsvWriter().row(table.columns());
        table.rows().forEach(row -> csv.row(row.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v)
                .toList()));
        return csv.toString();
    }

    static byte[] xlsx(FigureTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "EU Project Portal", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.name());
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.value(0, c, table.columns().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, row.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof BigDecimal amount) {
            sheet.value(row, column, amount);
            sheet.style(row, column).format(MONEY).set();
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }
}
