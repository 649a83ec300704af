package se.sodertalje.euportal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sodertalje.euportal.common.StockholmTime;

/**
 * A project's dossier as a readable report: the project and its partners, decisions, budget
 * versions, granted against claimed and paid, reports, indicators and the audit trail summary.
 */
public final class ProjectPdf {

    /** Stockholm's time with its zone (CET or CEST), so that a reader elsewhere, or in English, is not left guessing. */

    private final ExportLanguage lang;
    private final DecimalFormat money;

    private ProjectPdf(ExportLanguage lang) {
        this.lang = lang;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(lang == ExportLanguage.SV ? new Locale("sv", "SE")
                : Locale.UK);
        // Swedish groups with a (non-breaking) space; a plain space keeps the PDF's text searchable.
        symbols.setGroupingSeparator(lang == ExportLanguage.SV ? ' ' : ',');
        money = new DecimalFormat("#,##0.00", symbols);
    }

    public static void write(ProjectDossier d, ExportLanguage lang, Instant exportedAt, OutputStream out) throws IOException {
        new ProjectPdf(lang).render(d, exportedAt, out);
    }

    private void render(ProjectDossier d, Instant exportedAt, OutputStream out) throws IOException {
        ProjectDossier.Facts f = d.facts();
        String title = f.title() + (f.acronym() == null ? "" : " (" + f.acronym() + ")");
        try (PdfWriter pdf = new PdfWriter(lang, title, lang.t("dossierSubject"), exportedAt)) {
            pdf.title(title);
            pdf.pair(lang.t("unit"), f.unitCode() + " " + f.unitName());
            pdf.pair(lang.t("programme"), f.programme() == null ? null : f.programme() + " (" + lang.word(f.fund()) + ")");
            pdf.pair(lang.t("call"), f.call());
            pdf.pair(lang.t("period"), date(f.periodStart()) + " – " + date(f.periodEnd()));
            pdf.pair(lang.t("status"), lang.word(f.status()));
            pdf.pair(lang.t("granted"), amount(f.grantedAmount()) + " " + d.currency());
            pdf.pair(lang.t("funderReference"), f.funderReference());
            pdf.pair(lang.t("submittedOn"), date(f.submittedOn()));
            pdf.pair(lang.t("decisionOn"), date(f.decisionOn()));
            pdf.pair(lang.t("exported"), time(exportedAt));

            pdf.heading(lang.t("partners"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {lang.t("name"), lang.t("country"), lang.t("role")});
            d.partners().forEach(p -> rows.add(new String[] {p.legalName(), p.country(), lang.word(p.role())}));
            pdf.table(rows, true);

            pdf.heading(lang.t("decisions"));
            rows.clear();
            rows.add(new String[] {lang.t("action"), lang.t("from") + " → " + lang.t("to"), lang.t("who"), lang.t("when"),
                    lang.t("comment")});
            d.decisions().forEach(x -> rows.add(new String[] {lang.word(x.action()), lang.word(x.fromStatus()) + " → " + lang.word(x.toStatus()), x.actor(),
                    time(x.at()), x.comment()}));
            pdf.table(rows, true);

            pdf.heading(lang.t("budgetVersions"));
            rows.clear();
            rows.add(new String[] {lang.t("version"), lang.t("kind"), lang.t("when"), lang.t("total"), lang.t("euShare"),
                    lang.t("reason")});
            d.budgetVersions().forEach(v -> rows.add(new String[] {String.valueOf(v.number()), v.kindIn(lang), time(v.createdAt()),
                    amount(v.total()), amount(v.euShare()), v.reason()}));
            pdf.table(rows, true);

            pdf.heading(lang.t("money") + " (" + d.currency() + ")");
            rows.clear();
            rows.add(new String[] {lang.t("category"), lang.t("granted"), lang.t("claimed"), lang.t("remaining")});
            BigDecimal grantedSum = BigDecimal.ZERO;
            BigDecimal claimedSum = BigDecimal.ZERO;
            for (ProjectDossier.CategoryMoney c : d.categories()) {
                rows.add(new String[] {lang.word(c.category()), amount(c.granted()), amount(c.claimed()),
                        amount(c.granted().subtract(c.claimed()))});
                grantedSum = grantedSum.add(c.granted());
                claimedSum = claimedSum.add(c.claimed());
            }
            rows.add(new String[] {lang.t("sum"), amount(grantedSum), amount(claimedSum),
                    amount(grantedSum.subtract(claimedSum))});
            pdf.table(rows, true);
            rows.clear();
            rows.add(new String[] {lang.t("partner"), lang.t("granted"), lang.t("claimed"), lang.t("euClaimed")});
            d.partnerMoney().forEach(p -> rows.add(new String[] {p.partner(), amount(p.granted()), amount(p.claimed()),
                    amount(p.euClaimed())}));
            pdf.table(rows, true);

            pdf.heading(lang.t("reports"));
            rows.clear();
            rows.add(new String[] {lang.t("kind"), lang.t("period"), lang.t("status"), lang.t("due"), lang.t("sentOn"),
                    lang.t("euClaimed"), lang.t("paid"), lang.t("paidOn")});
            d.reports().forEach(r -> rows.add(new String[] {lang.word(r.kind()), r.period() == null ? "" : String.valueOf(r.period()),
                    lang.word(r.status()), date(r.due()), date(r.sentOn()), amount(r.euClaimed()), amount(r.paidAmount()),
                    date(r.paidOn())}));
            pdf.table(rows, true);

            pdf.heading(lang.t("indicators"));
            rows.clear();
            rows.add(new String[] {lang.t("code"), lang.t("name"), lang.t("type"), lang.t("target"), lang.t("achieved")});
            d.indicators().forEach(i -> rows.add(new String[] {i.code(), i.name(), lang.word(i.type()),
                    i.target().toPlainString() + (i.unit() == null ? "" : " " + i.unit()), i.achieved().toPlainString()}));
            pdf.table(rows, true);

            for (ProjectDossier.ControlSection section : d.controls()) {
                control(pdf, d, section);
            }

            pdf.heading(lang.t("auditTrail"));
            rows.clear();
            rows.add(new String[] {lang.t("record"), lang.t("changes"), lang.t("lastChange")});
            d.auditTrail().forEach(a -> rows.add(new String[] {lang.t(a.record()), String.valueOf(a.changes()), time(a.lastChange())}));
            pdf.table(rows, true);
            pdf.save(out);
        }
    }

    /** A claim's control as Jems shows it: the overview, the deductions, the decisions per line, the clarifications. */
    private void control(PdfWriter pdf, ProjectDossier d, ProjectDossier.ControlSection section) throws IOException {
        se.sodertalje.euportal.control.ControlView c = section.control();
        se.sodertalje.euportal.control.ControlView.Overview o = c.overview();
        pdf.heading(lang.t("control") + ", " + lang.t("period").toLowerCase(Locale.ROOT) + " " + section.period());
        pdf.pair(lang.t("status"), lang.word(c.status()));
        pdf.pair(lang.t("controlStarted"), c.startedBy().name() + ", " + time(c.startedAt()));
        pdf.pair(lang.t("controlClosed"), c.closedBy() == null ? null : c.closedBy().name() + ", " + time(c.closedAt()));
        pdf.pair(lang.t("reopenReason"), c.reopenReason());
        pdf.pair(lang.t("certificate"), c.certificate() == null ? lang.t("missing")
                : c.certificate().fileName() + " (SHA-256 " + c.certificate().sha256() + ")");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", lang.t("amount") + " (" + o.currency() + ")", "%"});
        rows.add(new String[] {lang.t("declared"), amount(o.declared()), amount(new BigDecimal("100"))});
        rows.add(new String[] {lang.t("inSample"), amount(o.inSample()), amount(o.inSamplePercent())});
        rows.add(new String[] {lang.t("parked"), amount(o.parked()), ""});
        rows.add(new String[] {lang.t("deducted"), amount(o.deducted()), ""});
        rows.add(new String[] {lang.t("eligibleAfterControl"), amount(o.eligibleAfterControl()),
                amount(o.eligibleAfterControlPercent())});
        if (o.carriedLines() > 0) {
            rows.add(new String[] {lang.t("carriedIn") + " (" + o.carriedLines() + ")", amount(o.carriedEligible()), ""});
        }
        rows.add(new String[] {lang.t("claimAfterControl"), amount(o.claim().eligibleTotal()), ""});
        rows.add(new String[] {lang.t("euClaimed"), amount(o.claim().euClaimed()), ""});
        rows.add(new String[] {lang.t("eligible") + " (EUR)", amount(o.claim().eligibleTotalEur()), ""});
        pdf.table(rows, true);

        rows.clear();
        rows.add(new String[] {lang.t("category"), lang.t("errorType"), lang.t("deducted")});
        o.deductions().forEach(x -> rows.add(new String[] {lang.word(x.category()), d.errorType(x.errorType(), lang),
                amount(x.amount())}));
        if (rows.size() > 1) {
            pdf.table(rows, true);
        }
        rows.clear();
        rows.add(new String[] {lang.t("partner"), lang.t("declared"), lang.t("inSample"), lang.t("parked"),
                lang.t("deducted"), lang.t("eligibleAfterControl")});
        o.byPartner().forEach(p -> rows.add(new String[] {p.partnerName(), amount(p.declared()), amount(p.inSample()),
                amount(p.parked()), amount(p.deducted()), amount(p.eligible())}));
        pdf.table(rows, true);

        rows.clear();
        rows.add(new String[] {lang.t("spentOn"), lang.t("supplier"), lang.t("category"), lang.t("eligible"),
                lang.t("decision"), lang.t("deducted"), lang.t("errorType"), lang.t("comment")});
        c.lines().stream().filter(l -> l.inSample()).forEach(l -> rows.add(new String[] {date(l.spentOn()),
                l.supplier() + (l.invoiceNumber() == null ? "" : ", " + l.invoiceNumber())
                        + (l.carried() ? " (" + lang.t("carriedIn").toLowerCase(Locale.ROOT) + ", " + l.fromPeriod() + ")" : ""),
                lang.word(l.category()), amount(l.eligible()) + " " + l.currency(),
                lang.word(l.decision()), amount(l.deductedAmount()),
                l.errorType() == null ? "" : d.errorType(l.errorType(), lang), l.comment()}));
        pdf.table(rows, true);

        if (!c.clarifications().isEmpty()) {
            rows.clear();
            rows.add(new String[] {lang.t("question"), lang.t("asked"), lang.t("answer"), lang.t("answered"),
                    lang.t("files")});
            c.clarifications().forEach(q -> rows.add(new String[] {q.question(), q.askedBy().name() + ", " + time(q.askedAt()),
                    q.answer(), q.answeredBy() == null ? "" : q.answeredBy().name() + ", " + time(q.answeredAt()),
                    String.join(", ", q.files().stream().map(f -> f.fileName()).toList())}));
            pdf.table(rows, true);
        }
        pdf.pair(lang.t("findings"), c.findings());
        pdf.pair(lang.t("followUpPrevious"), c.followUpPrevious());
        pdf.pair(lang.t("followUpNext"), c.followUpNext());
        pdf.pair(lang.t("conclusion"), c.conclusion());
    }

    private String amount(BigDecimal value) {
        return value == null ? "" : money.format(value);
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    private static String time(Instant value) {
        return value == null ? "" : StockholmTime.format(value);
    }
}
