package se.sodertalje.euportal.workplan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import se.sodertalje.euportal.common.StockholmTime;
import se.sodertalje.euportal.export.ExportLanguage;
import se.sodertalje.euportal.export.PdfWriter;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.Programme;

/**
 * A tertial's follow-up as a report to the municipal board, goal by goal: the Mål och Budget goal it
 * serves, the activities with their status and comment, the indicators against their targets with the
 * trend, and a chart of the bound indicators. The same content as PDF and as a Word document (DOCX).
 */
final class BoardReport {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("title", new String[] {"Arbetsplan %d – uppföljning %s", "Work plan %d – follow-up %s"}),
            Map.entry("office", new String[] {"Internationella kontoret, Södertälje kommun",
                    "The International Office, Södertälje municipality"}),
            Map.entry("period", new String[] {"Perioden", "Period"}),
            Map.entry("periodText", new String[] {"1 januari – %s", "1 January – %s"}),
            Map.entry("recorded", new String[] {"Uppföljningen gjord", "Recorded"}),
            Map.entry("reported", new String[] {"Rapporterad", "Reported"}),
            Map.entry("notReported", new String[] {"Ännu inte rapporterad (siffrorna kan ändras)",
                    "Not yet reported (the figures may change)"}),
            Map.entry("goal", new String[] {"Mål %d: %s", "Goal %d: %s"}),
            Map.entry("budgetGoal", new String[] {"Mål i Mål och Budget", "Mål och Budget goal"}),
            Map.entry("activities", new String[] {"Aktiviteter", "Activities"}),
            Map.entry("activity", new String[] {"Aktivitet", "Activity"}),
            Map.entry("responsible", new String[] {"Ansvarig", "Responsible"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("comment", new String[] {"Kommentar", "Comment"}),
            Map.entry("indicators", new String[] {"Indikatorer", "Indicators"}),
            Map.entry("indicator", new String[] {"Indikator", "Indicator"}),
            Map.entry("target", new String[] {"Mål för året", "Target for the year"}),
            Map.entry("value", new String[] {"Utfall", "Result"}),
            Map.entry("previous", new String[] {"Förra tertialet", "Previous tertial"}),
            Map.entry("trend", new String[] {"Trend", "Trend"}),
            Map.entry("source", new String[] {"Källa", "Source"}),
            Map.entry("manual", new String[] {"inrapporterat", "entered"}),
            Map.entry("chart", new String[] {"Diagram: utfall (blått), förra tertialet (grått), mål (rött streck)",
                    "Chart: result (blue), previous tertial (grey), target (red tick)"}),
            Map.entry("none", new String[] {"–", "–"}),
            Map.entry("noActivities", new String[] {"Inga aktiviteter.", "No activities."}),
            Map.entry("ON_TRACK", new String[] {"Enligt plan", "On track"}),
            Map.entry("AT_RISK", new String[] {"Risk för avvikelse", "At risk"}),
            Map.entry("LATE", new String[] {"Försenad", "Late"}),
            Map.entry("DONE", new String[] {"Genomförd", "Done"}),
            Map.entry("DROPPED", new String[] {"Struken", "Dropped"}),
            Map.entry("UP", new String[] {"upp", "up"}),
            Map.entry("DOWN", new String[] {"ned", "down"}),
            Map.entry("SAME", new String[] {"oförändrad", "unchanged"}));

    private final WorkPlan plan;
    private final FollowUp followUp;
    private final ExportLanguage lang;
    private final boolean en;
    private final NumberFormat numbers;

    BoardReport(WorkPlan plan, FollowUp followUp, ExportLanguage lang) {
        this.plan = plan;
        this.followUp = followUp;
        this.lang = lang;
        this.en = lang == ExportLanguage.EN;
        this.numbers = NumberFormat.getNumberInstance(en ? Locale.UK : Locale.forLanguageTag("sv-SE"));
        numbers.setMaximumFractionDigits(2);
    }

    private String t(String key) {
        return TEXT.get(key)[lang.ordinal()];
    }

    String title() {
        return String.format(t("title"), plan.year, followUp.tertial.name());
    }

    private String date(Instant at) {
        return at == null ? t("none") : StockholmTime.format(at);
    }

    private List<String[]> header() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("period"), String.format(t("periodText"), followUp.tertial.endIn(plan.year))});
        rows.add(new String[] {t("recorded"), date(followUp.recordedAt) + ", " + nz(followUp.recordedByName)});
        rows.add(new String[] {t("reported"), followUp.reported() ? date(followUp.reportedAt) + ", "
                + nz(followUp.reportedByName) : t("notReported")});
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    String number(BigDecimal value, PlanContent.Measure measure) {
        if (value == null) {
            return t("none");
        }
        String n = numbers.format(value);
        return switch (measure) {
            case PERCENT -> n + " %";
            case SEK -> n + " kr";
            case COUNT -> n;
        };
    }

    private String source(FollowUpContent.IndicatorResult i) {
        if (i.binding() == null) {
            return t("manual");
        }
        StringBuilder s = new StringBuilder(i.binding().figure().name(en));
        if (i.binding().unitId() != null) {
            Unit unit = Unit.findById(i.binding().unitId());
            s.append(", ").append(unit == null ? i.binding().unitId() : unit.code);
        }
        if (i.binding().fund() != null) {
            s.append(", ").append(i.binding().fund().name());
        }
        if (i.binding().programmeId() != null) {
            Programme p = Programme.findById(i.binding().programmeId());
            s.append(", ").append(p == null ? i.binding().programmeId() : p.code);
        }
        return s.toString();
    }

    private List<String[]> activities(FollowUpContent.GoalResult g) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("activity"), t("responsible"), t("status"), t("comment")});
        g.activities().forEach(a -> rows.add(new String[] {a.what(), a.responsible(),
                a.status() == null ? t("none") : t(a.status().name()), a.comment() == null ? "" : a.comment()}));
        return rows;
    }

    private List<String[]> indicators(FollowUpContent.GoalResult g) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("indicator"), t("source"), t("target"), t("value"), t("previous"), t("trend")});
        g.indicators().forEach(i -> rows.add(new String[] {i.name(), source(i), number(i.target(), i.measure()),
                number(i.value(), i.measure()), number(i.previous(), i.measure()),
                i.trend() == null ? t("none") : t(i.trend().name())}));
        return rows;
    }

    private List<PdfWriter.Bar> bars(FollowUpContent.GoalResult g) {
        return g.indicators().stream().filter(i -> i.binding() != null && i.value() != null)
                .map(i -> new PdfWriter.Bar(i.name(), number(i.value(), i.measure()), i.value().doubleValue(),
                        i.previous() == null ? null : i.previous().doubleValue(),
                        i.target() == null ? null : i.target().doubleValue())).toList();
    }

    void pdf(OutputStream out) throws IOException {
        try (PdfWriter pdf = new PdfWriter(lang, title(), plan.title, followUp.recordedAt == null ? Instant.EPOCH : followUp.recordedAt)) {
            pdf.title(title());
            pdf.paragraph(plan.title + " · " + t("office"));
            for (String[] row : header()) {
                pdf.pair(row[0], row[1]);
            }
            int n = 1;
            for (FollowUpContent.GoalResult g : followUp.content.goals()) {
                pdf.heading(String.format(t("goal"), n++, g.title()));
                pdf.pair(t("budgetGoal"), g.budgetGoal());
                if (g.activities().isEmpty()) {
                    pdf.paragraph(t("noActivities"));
                } else {
                    pdf.table(activities(g), true);
                }
                if (!g.indicators().isEmpty()) {
                    pdf.paragraph(" ");
                    pdf.table(indicators(g), true);
                }
                List<PdfWriter.Bar> bars = bars(g);
                if (!bars.isEmpty()) {
                    pdf.paragraph(" ");
                    pdf.bars(bars);
                    pdf.paragraph(t("chart"));
                }
            }
            pdf.save(out);
        }
    }

    void docx(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            text(doc, title(), 18, true);
            text(doc, plan.title + " · " + t("office"), 11, false);
            table(doc, header(), false);
            int n = 1;
            for (FollowUpContent.GoalResult g : followUp.content.goals()) {
                text(doc, String.format(t("goal"), n++, g.title()), 14, true);
                text(doc, t("budgetGoal") + ": " + g.budgetGoal(), 10, false);
                text(doc, t("activities"), 11, true);
                if (g.activities().isEmpty()) {
                    text(doc, t("noActivities"), 10, false);
                } else {
                    table(doc, activities(g), true);
                }
                if (!g.indicators().isEmpty()) {
                    text(doc, t("indicators"), 11, true);
                    table(doc, indicators(g), true);
                }
                List<PdfWriter.Bar> bars = bars(g);
                if (!bars.isEmpty()) {
                    byte[] png = chart(bars);
                    XWPFRun run = doc.createParagraph().createRun();
                    try {
                        run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart.png",
                                Units.toEMU(450), Units.toEMU(24 * bars.size() + 8));
                    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                        throw new IOException(e);
                    }
                    text(doc, t("chart"), 8, false);
                }
            }
            doc.write(out);
        }
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("Calibri");
    }

    private static void table(XWPFDocument doc, List<String[]> rows, boolean header) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                XWPFRun run = p.createRun();
                run.setText(rows.get(r)[c] == null ? "" : rows.get(r)[c]);
                run.setFontSize(9);
                run.setBold(header && r == 0);
            }
        }
        doc.createParagraph();
    }

    /** The bars as a PNG for Word: the same drawing as the PDF's, on a white ground. */
    private static byte[] chart(List<PdfWriter.Bar> bars) throws IOException {
        int scale = 2;
        int width = 600;
        int row = 32;
        BufferedImage image = new BufferedImage(width * scale, (row * bars.size() + 10) * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, row * bars.size() + 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int labelWidth = 210;
        int chartWidth = 270;
        for (int i = 0; i < bars.size(); i++) {
            PdfWriter.Bar bar = bars.get(i);
            int top = 5 + i * row;
            g.setColor(Color.BLACK);
            String label = bar.label().length() > 32 ? bar.label().substring(0, 31) + "…" : bar.label();
            g.drawString(label, 4, top + 18);
            double max = Math.max(bar.value(), Math.max(bar.previous() == null ? 0 : bar.previous(),
                    bar.target() == null ? 0 : bar.target()));
            if (max > 0) {
                if (bar.previous() != null) {
                    g.setColor(new Color(184, 184, 184));
                    g.fillRect(labelWidth, top + 22, (int) (chartWidth * bar.previous() / max), 4);
                }
                g.setColor(new Color(31, 84, 158));
                g.fillRect(labelWidth, top + 8, (int) (chartWidth * bar.value() / max), 12);
                if (bar.target() != null) {
                    int tx = labelWidth + (int) (chartWidth * bar.target() / max);
                    g.setColor(new Color(191, 26, 26));
                    g.setStroke(new BasicStroke(2));
                    g.drawLine(tx, top + 4, tx, top + 28);
                }
            }
            g.setColor(Color.BLACK);
            g.drawString(bar.valueText(), labelWidth + chartWidth + 8, top + 18);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
