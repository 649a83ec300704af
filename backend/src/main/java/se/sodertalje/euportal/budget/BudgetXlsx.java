package se.sodertalje.euportal.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A budget as a spreadsheet for people who work in Excel: the lines with their amounts, the
 * flat rates, the totals per partner and category, and each partner's co-financing. Figures are
 * numbers (not text) with two decimals, so the sheet can be summed again.
 */
public final class BudgetXlsx {

    private static final String MONEY = "#,##0.00";

    private BudgetXlsx() {
    }

    /** @param partnerNames the partnership's names by organisation id */
    public static byte[] write(String title, BudgetContent content, BudgetSummary summary, Map<UUID, String> partnerNames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "EU Project Portal", "1.0");
            lines(workbook.newWorksheet("Lines"), title, content, summary, partnerNames);
            flatRates(workbook.newWorksheet("Flat rates"), summary, partnerNames);
            totals(workbook.newWorksheet("Totals"), summary, partnerNames);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void lines(Worksheet sheet, String title, BudgetContent content, BudgetSummary summary,
            Map<UUID, String> names) {
        sheet.value(0, 0, title + " (" + content.currency() + ")");
        sheet.style(0, 0).bold().set();
        header(sheet, 2, "Partner", "Category", "Period", "Kind", "Description", "Currency", "Quantity", "Unit price",
                "Hours", "Amount (" + content.currency() + ")", "Subcontracted");
        for (int i = 0; i < content.lines().size(); i++) {
            BudgetLine line = content.lines().get(i);
            int row = 3 + i;
            sheet.value(row, 0, names.getOrDefault(line.partnerId(), line.partnerId().toString()));
            sheet.value(row, 1, line.category().name());
            sheet.value(row, 2, line.period());
            sheet.value(row, 3, line.kind().name());
            sheet.value(row, 4, line.description());
            sheet.value(row, 5, line.currency().name());
            number(sheet, row, 6, line.quantity(), null);
            number(sheet, row, 7, line.unitPrice(), MONEY);
            number(sheet, row, 8, line.hours(), null);
            number(sheet, row, 9, summary.lines().get(i).amount(), MONEY);
            if (line.subcontracted()) {
                sheet.value(row, 10, "yes");
            }
        }
    }

    private static void flatRates(Worksheet sheet, BudgetSummary summary, Map<UUID, String> names) {
        header(sheet, 0, "Partner", "Period", "Flat rate", "Category", "Base", "Percent", "Amount");
        List<BudgetSummary.FlatRateAmount> rates = summary.flatRates();
        for (int i = 0; i < rates.size(); i++) {
            BudgetSummary.FlatRateAmount rate = rates.get(i);
            sheet.value(1 + i, 0, names.getOrDefault(rate.partnerId(), rate.partnerId().toString()));
            sheet.value(1 + i, 1, rate.period());
            sheet.value(1 + i, 2, rate.type().name());
            sheet.value(1 + i, 3, rate.category().name());
            number(sheet, 1 + i, 4, rate.base(), MONEY);
            number(sheet, 1 + i, 5, rate.percent(), "0.00");
            number(sheet, 1 + i, 6, rate.amount(), MONEY);
        }
    }

    private static void totals(Worksheet sheet, BudgetSummary summary, Map<UUID, String> names) {
        header(sheet, 0, "Partner", "Total", "EU share %", "EU share", "Contributions", "Remainder");
        int row = 1;
        for (BudgetSummary.PartnerTotals p : summary.partners()) {
            sheet.value(row, 0, names.getOrDefault(p.partnerId(), p.partnerId().toString()));
            number(sheet, row, 1, p.total(), MONEY);
            number(sheet, row, 2, p.euRatePercent(), "0.00");
            number(sheet, row, 3, p.euShare(), MONEY);
            number(sheet, row, 4, p.contributionsTotal(), MONEY);
            number(sheet, row, 5, p.remainder(), MONEY);
            row++;
        }
        sheet.value(row, 0, "Project");
        sheet.style(row, 0).bold().set();
        number(sheet, row, 1, summary.total(), MONEY);
        number(sheet, row, 3, summary.euShare(), MONEY);
        row += 2;
        header(sheet, row++, "Category", "Amount");
        for (BudgetSummary.CategoryTotal c : summary.categories()) {
            sheet.value(row, 0, c.category().name());
            number(sheet, row++, 1, c.amount(), MONEY);
        }
        row++;
        header(sheet, row++, "Period", "Amount");
        for (BudgetSummary.PeriodTotal p : summary.periodTotals()) {
            sheet.value(row, 0, p.period());
            number(sheet, row++, 1, p.amount(), MONEY);
        }
    }

    private static void header(Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, titles[c]);
            sheet.style(row, c).bold().set();
        }
    }

    private static void number(Worksheet sheet, int row, int column, BigDecimal value, String format) {
        if (value == null) {
            return;
        }
        sheet.value(row, column, value);
        if (format != null) {
            sheet.style(row, column).format(format).set();
        }
    }
}
