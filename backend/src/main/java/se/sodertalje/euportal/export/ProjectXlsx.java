package se.sodertalje.euportal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.sodertalje.euportal.common.Clocks;

/**
 * A project's dossier as a workbook, one sheet per section: real numbers and dates (not text), and
 * totals as formulas an auditor can check. Rows are written as they come and flushed, so the
 * expenditure sheet of any size streams.
 */
public final class ProjectXlsx {

    private static final String MONEY = "#,##0.00";
    private static final String DATE = "yyyy-mm-dd";
    private static final String TIME = "yyyy-mm-dd hh:mm";
    private static final int FLUSH_EVERY = 1000;

    private final ExportLanguage lang;
    private Worksheet sheet;
    private int row;

    private ProjectXlsx(ExportLanguage lang) {
        this.lang = lang;
    }

    /** @param expenditures feeds the expenditure lines, one by one, to the consumer given */
    public static void write(ProjectDossier dossier, Consumer<Consumer<ProjectDossier.ExpenditureRow>> expenditures,
            ExportLanguage lang, Instant exportedAt, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EU Project Portal", "1.0");
        ProjectXlsx x = new ProjectXlsx(lang);
        x.project(workbook.newWorksheet(lang.t("project")), dossier, exportedAt);
        x.partners(workbook.newWorksheet(lang.t("partners")), dossier.partners());
        x.decisions(workbook.newWorksheet(lang.t("decisions")), dossier.decisions());
        x.budgetVersions(workbook.newWorksheet(lang.t("budgetVersions")), dossier.budgetVersions());
        x.money(workbook.newWorksheet(lang.t("money")), dossier);
        x.reports(workbook.newWorksheet(lang.t("reports")), dossier.reports());
        x.indicators(workbook.newWorksheet(lang.t("indicators")), dossier.indicators());
        x.expenditure(workbook.newWorksheet(lang.t("expenditure")), expenditures);
        if (!dossier.controls().isEmpty()) {
            x.controls(workbook.newWorksheet(lang.t("controls")), dossier);
            x.controlLines(workbook.newWorksheet(lang.t("controlLines")), dossier);
            x.controlDeductions(workbook.newWorksheet(lang.t("controlDeductions")), dossier);
            x.clarifications(workbook.newWorksheet(lang.t("clarifications")), dossier);
        }
        x.auditTrail(workbook.newWorksheet(lang.t("auditTrail")), dossier.auditTrail());
        workbook.finish();
    }

    private void project(Worksheet s, ProjectDossier d, Instant exportedAt) throws IOException {
        start(s);
        ProjectDossier.Facts f = d.facts();
        pair("title", f.title());
        pair("acronym", f.acronym());
        pair("unit", f.unitCode() + " " + f.unitName());
        pair("programme", f.programme());
        pair("fund", lang.word(f.fund()));
        pair("call", f.call());
        datePair("from", f.periodStart());
        datePair("to", f.periodEnd());
        pair("status", lang.word(f.status()));
        text(row, 0, lang.t("granted") + " (" + d.currency() + ")");
        money(row++, 1, f.grantedAmount());
        pair("funderReference", f.funderReference());
        datePair("submittedOn", f.submittedOn());
        datePair("decisionOn", f.decisionOn());
        text(row, 0, lang.t("exported"));
        instant(row++, 1, exportedAt);
        s.finish();
    }

    private void partners(Worksheet s, List<ProjectDossier.Partner> partners) throws IOException {
        start(s);
        header("name", "country", "role");
        for (ProjectDossier.Partner p : partners) {
            text(row, 0, p.legalName());
            text(row, 1, p.country());
            text(row++, 2, lang.word(p.role()));
        }
        s.finish();
    }

    private void decisions(Worksheet s, List<ProjectDossier.Decision> decisions) throws IOException {
        start(s);
        header("action", "from", "to", "who", "when", "comment");
        for (ProjectDossier.Decision d : decisions) {
            text(row, 0, lang.word(d.action()));
            text(row, 1, lang.word(d.fromStatus()));
            text(row, 2, lang.word(d.toStatus()));
            text(row, 3, d.actor());
            instant(row, 4, d.at());
            text(row++, 5, d.comment());
        }
        s.finish();
    }

    private void budgetVersions(Worksheet s, List<ProjectDossier.BudgetVersionRow> versions) throws IOException {
        start(s);
        header("version", "kind", "when", "who", "total", "euShare", "reason");
        for (ProjectDossier.BudgetVersionRow v : versions) {
            sheet.value(row, 0, v.number());
            text(row, 1, v.kindIn(lang));
            instant(row, 2, v.createdAt());
            text(row, 3, v.createdBy());
            money(row, 4, v.total());
            money(row, 5, v.euShare());
            text(row++, 6, v.reason());
        }
        s.finish();
    }

    /** Granted against claimed per category and per partner; remaining and totals are formulas. */
    private void money(Worksheet s, ProjectDossier d) throws IOException {
        start(s);
        text(row++, 0, d.currency());
        header("category", "granted", "claimed", "remaining");
        int first = row;
        for (ProjectDossier.CategoryMoney c : d.categories()) {
            text(row, 0, lang.word(c.category()));
            money(row, 1, c.granted());
            money(row, 2, c.claimed());
            formula(row, 3, "B" + (row + 1) + "-C" + (row + 1));
            row++;
        }
        totals(first, row, 1, 3);
        row += 2;
        header("partner", "granted", "claimed", "euClaimed", "remaining");
        first = row;
        for (ProjectDossier.PartnerMoney p : d.partnerMoney()) {
            text(row, 0, p.partner());
            money(row, 1, p.granted());
            money(row, 2, p.claimed());
            money(row, 3, p.euClaimed());
            formula(row, 4, "B" + (row + 1) + "-C" + (row + 1));
            row++;
        }
        totals(first, row, 1, 4);
        s.finish();
    }

    private void reports(Worksheet s, List<ProjectDossier.ReportRow> reports) throws IOException {
        start(s);
        header("kind", "period", "status", "due", "firstSubmitted", "sentOn", "funderReference", "eligible", "euClaimed",
                "paid", "paidOn", "rateMonth", "rate");
        int first = row;
        for (ProjectDossier.ReportRow r : reports) {
            text(row, 0, lang.word(r.kind()));
            if (r.period() != null) {
                sheet.value(row, 1, r.period());
            }
            text(row, 2, lang.word(r.status()));
            date(row, 3, r.due());
            instant(row, 4, r.firstSubmittedAt());
            date(row, 5, r.sentOn());
            text(row, 6, r.funderReference());
            money(row, 7, r.eligible());
            money(row, 8, r.euClaimed());
            money(row, 9, r.paidAmount());
            date(row, 10, r.paidOn());
            text(row, 11, r.rateMonth());
            if (r.unitsPerEur() != null) {
                sheet.value(row, 12, r.unitsPerEur());
                sheet.style(row, 12).format("0.0000").set();
            }
            row++;
        }
        text(row, 0, lang.t("sum"));
        sheet.style(row, 0).bold().set();
        for (int column : new int[] {7, 8, 9}) {
            sum(row, column, first, row - 1);
        }
        s.finish();
    }

    private void indicators(Worksheet s, List<ProjectDossier.IndicatorRow> indicators) throws IOException {
        start(s);
        header("code", "name", "type", "measure", "target", "achieved");
        for (ProjectDossier.IndicatorRow i : indicators) {
            text(row, 0, i.code());
            text(row, 1, i.name());
            text(row, 2, lang.word(i.type()));
            text(row, 3, i.unit());
            sheet.value(row, 4, i.target());
            sheet.value(row++, 5, i.achieved());
        }
        s.finish();
    }

    /** Every line, then the eligible sums per currency (SUMIF over the currency column). */
    private void expenditure(Worksheet s, Consumer<Consumer<ProjectDossier.ExpenditureRow>> lines) throws IOException {
        start(s);
        header("period", "partner", "category", "spentOn", "supplier", "description", "invoice", "paidOn", "amount",
                "currency", "vat", "vatRecoverable", "eligible", "reportStatus");
        int first = row;
        IOException[] failure = new IOException[1];
        lines.accept(e -> {
            if (failure[0] != null) {
                return;
            }
            if (e.period() != null) {
                sheet.value(row, 0, e.period());
            }
            text(row, 1, e.partner());
            text(row, 2, lang.word(e.category()));
            date(row, 3, e.spentOn());
            text(row, 4, e.supplier());
            text(row, 5, e.description());
            text(row, 6, e.invoiceNumber());
            date(row, 7, e.paidOn());
            money(row, 8, e.amount());
            text(row, 9, e.currency());
            money(row, 10, e.vatAmount());
            text(row, 11, lang.t(e.vatRecoverable() ? "yes" : "no"));
            money(row, 12, e.eligible());
            text(row, 13, lang.word(e.reportStatus()));
            row++;
            if ((row - first) % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException ex) {
                    failure[0] = ex;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        int last = row - 1;
        row++;
        for (String currency : new String[] {"SEK", "EUR"}) {
            text(row, 8, lang.t("sum") + " " + currency);
            text(row, 9, currency);
            formula(row, 12, "SUMIF(J" + (first + 1) + ":J" + (last + 1) + ",\"" + currency + "\",M" + (first + 1) + ":M"
                    + (last + 1) + ")");
            sheet.style(row, 12).format(MONEY).bold().set();
            row++;
        }
        s.finish();
    }

    /** Each claim's control: the overview as Jems shows it, who closed it, the certificate and the conclusion. */
    private void controls(Worksheet s, ProjectDossier d) throws IOException {
        start(s);
        header("period", "status", "declared", "inSample", "percent", "parked", "deducted", "eligibleAfterControl",
                "percent", "claimAfterControl", "euClaimed", "controlClosed", "when", "certificate", "conclusion");
        for (ProjectDossier.ControlSection section : d.controls()) {
            se.sodertalje.euportal.control.ControlView c = section.control();
            se.sodertalje.euportal.control.ControlView.Overview o = c.overview();
            if (section.period() != null) {
                sheet.value(row, 0, section.period());
            }
            text(row, 1, lang.word(c.status()));
            money(row, 2, o.declared());
            money(row, 3, o.inSample());
            sheet.value(row, 4, o.inSamplePercent());
            money(row, 5, o.parked());
            money(row, 6, o.deducted());
            money(row, 7, o.eligibleAfterControl());
            sheet.value(row, 8, o.eligibleAfterControlPercent());
            money(row, 9, o.claim().eligibleTotal());
            money(row, 10, o.claim().euClaimed());
            text(row, 11, c.closedBy() == null ? null : c.closedBy().name());
            instant(row, 12, c.closedAt());
            text(row, 13, c.certificate() == null ? null : c.certificate().fileName() + " " + c.certificate().sha256());
            text(row++, 14, c.conclusion());
        }
        s.finish();
    }

    /** Every sampled line with its decision. */
    private void controlLines(Worksheet s, ProjectDossier d) throws IOException {
        start(s);
        header("period", "spentOn", "supplier", "invoice", "category", "eligible", "currency", "decision", "deducted",
                "errorType", "comment", "who");
        for (ProjectDossier.ControlSection section : d.controls()) {
            for (se.sodertalje.euportal.control.ControlView.LineView l : section.control().lines()) {
                if (!l.inSample()) {
                    continue;
                }
                if (section.period() != null) {
                    sheet.value(row, 0, section.period());
                }
                date(row, 1, l.spentOn());
                text(row, 2, l.supplier());
                text(row, 3, l.invoiceNumber());
                text(row, 4, lang.word(l.category()));
                money(row, 5, l.eligible());
                text(row, 6, l.currency().name());
                text(row, 7, lang.word(l.decision()));
                money(row, 8, l.deductedAmount());
                text(row, 9, l.errorType() == null ? null : d.errorType(l.errorType(), lang));
                text(row, 10, l.comment());
                text(row++, 11, l.decidedBy() == null ? null : l.decidedBy().name());
            }
        }
        s.finish();
    }

    /** The overview's deductions per cost category and error type, as Jems lists them, per claim. */
    private void controlDeductions(Worksheet s, ProjectDossier d) throws IOException {
        start(s);
        header("period", "category", "errorType", "deducted", "currency");
        for (ProjectDossier.ControlSection section : d.controls()) {
            se.sodertalje.euportal.control.ControlView.Overview o = section.control().overview();
            for (var x : o.deductions()) {
                if (section.period() != null) {
                    sheet.value(row, 0, section.period());
                }
                text(row, 1, lang.word(x.category()));
                text(row, 2, d.errorType(x.errorType(), lang));
                money(row, 3, x.amount());
                text(row++, 4, o.currency().name());
            }
        }
        s.finish();
    }

    private void clarifications(Worksheet s, ProjectDossier d) throws IOException {
        start(s);
        header("period", "question", "asked", "when", "answer", "answered", "when", "files");
        for (ProjectDossier.ControlSection section : d.controls()) {
            for (se.sodertalje.euportal.control.ControlView.ClarificationView q : section.control().clarifications()) {
                if (section.period() != null) {
                    sheet.value(row, 0, section.period());
                }
                text(row, 1, q.question());
                text(row, 2, q.askedBy().name());
                instant(row, 3, q.askedAt());
                text(row, 4, q.answer());
                text(row, 5, q.answeredBy() == null ? null : q.answeredBy().name());
                instant(row, 6, q.answeredAt());
                text(row++, 7, String.join(", ", q.files().stream().map(f -> f.fileName()).toList()));
            }
        }
        s.finish();
    }

    private void auditTrail(Worksheet s, List<ProjectDossier.AuditCount> counts) throws IOException {
        start(s);
        header("record", "changes", "lastChange");
        for (ProjectDossier.AuditCount c : counts) {
            text(row, 0, lang.t(c.record()));
            sheet.value(row, 1, c.changes());
            instant(row++, 2, c.lastChange());
        }
        s.finish();
    }

    private void start(Worksheet s) {
        sheet = s;
        row = 0;
    }

    private void header(String... keys) {
        for (int c = 0; c < keys.length; c++) {
            sheet.value(row, c, lang.t(keys[c]));
            sheet.style(row, c).bold().set();
        }
        row++;
    }

    private void totals(int first, int end, int fromColumn, int toColumn) {
        text(end, 0, lang.t("sum"));
        sheet.style(end, 0).bold().set();
        for (int c = fromColumn; c <= toColumn; c++) {
            sum(end, c, first, end - 1);
        }
    }

    private void sum(int at, int column, int first, int last) {
        String letter = String.valueOf((char) ('A' + column));
        formula(at, column, last < first ? "0" : "SUM(" + letter + (first + 1) + ":" + letter + (last + 1) + ")");
        sheet.style(at, column).format(MONEY).bold().set();
    }

    private void formula(int r, int c, String expression) {
        sheet.formula(r, c, expression);
        sheet.style(r, c).format(MONEY).set();
    }

    private void pair(String key, String value) {
        text(row, 0, lang.t(key));
        text(row++, 1, value);
    }

    private void datePair(String key, LocalDate value) {
        text(row, 0, lang.t(key));
        date(row++, 1, value);
    }

    private void text(int r, int c, String value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    private void money(int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format(MONEY).set();
        }
    }

    private void date(int r, int c, LocalDate value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format(DATE).set();
        }
    }

    private void instant(int r, int c, Instant value) {
        if (value != null) {
            sheet.value(r, c, value.atZone(Clocks.STOCKHOLM).toLocalDateTime());
            sheet.style(r, c).format(TIME).set();
        }
    }
}
