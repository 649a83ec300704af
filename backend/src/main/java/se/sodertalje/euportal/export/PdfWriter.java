package se.sodertalje.euportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text laid out on A4 pages: headings, label–value lines and simple tables with wrapped cells, in
 * the Liberation Sans that PDFBox ships (Latin, Greek and Cyrillic; other characters print as "?").
 */
public final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    public PdfWriter() throws IOException {
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = PDType0Font.load(document, ttf);
        }
        newPage();
    }

    public void title(String text) throws IOException {
        line(text, 16, 0);
        y -= 6;
    }

    public void heading(String text) throws IOException {
        y -= 10;
        need(40);
        line(text, 12, 0);
        y -= 2;
    }

    public void pair(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        table(new float[] {0.3f, 0.7f}, List.<String[]>of(new String[] {label, value}), false);
    }

    /** A table: the first row is the header when {@code header}; columns sized by the fractions given. */
    public void table(float[] fractions, List<String[]> rows, boolean header) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < fractions.length; c++) {
                List<String> lines = wrap(c < cells.length && cells[c] != null ? cells[c] : "", fractions[c] * WIDTH - 6);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            need(height * BODY * LEADING + 2);
            float x = MARGIN;
            for (int c = 0; c < fractions.length; c++) {
                float lineY = y;
                for (String text : wrapped.get(c)) {
                    write(text, x, lineY, BODY);
                    lineY -= BODY * LEADING;
                }
                x += fractions[c] * WIDTH;
            }
            y -= height * BODY * LEADING + 2;
            if (header && r == 0) {
                content.moveTo(MARGIN, y + BODY);
                content.lineTo(MARGIN + WIDTH, y + BODY);
                content.stroke();
            }
        }
    }

    /** A paragraph of wrapped body text. */
    public void paragraph(String text) throws IOException {
        table(new float[] {1f}, List.<String[]>of(new String[] {text}), false);
    }

    /** One row of a bar chart: the value, and the previous value and the target when there are any, on one scale. */
    public record Bar(String label, String valueText, double value, Double previous, Double target) {
    }

    /**
     * A horizontal bar chart, a row per bar: the label, the previous value (a thin grey bar), the value
     * (a blue bar) with its text, and the target (a red tick). Every row shares the scale of its own
     * largest number, so rows of different measures (counts, percent, SEK) do not crush each other.
     */
    public void bars(List<Bar> bars) throws IOException {
        float labelWidth = WIDTH * 0.36f;
        float chartWidth = WIDTH * 0.42f;
        float row = 20;
        for (Bar bar : bars) {
            need(row + 2);
            float top = y;
            List<String> label = wrap(bar.label(), labelWidth - 6);
            write(label.get(0), MARGIN, top - 11, BODY);
            double max = Math.max(bar.value(), Math.max(bar.previous() == null ? 0 : bar.previous(),
                    bar.target() == null ? 0 : bar.target()));
            float x0 = MARGIN + labelWidth;
            if (max > 0) {
                if (bar.previous() != null) {
                    content.setNonStrokingColor(0.72f, 0.72f, 0.72f);
                    content.addRect(x0, top - 16, (float) (chartWidth * bar.previous() / max), 3);
                    content.fill();
                }
                content.setNonStrokingColor(0.12f, 0.33f, 0.62f);
                content.addRect(x0, top - 12, (float) (chartWidth * bar.value() / max), 8);
                content.fill();
                if (bar.target() != null) {
                    float tx = x0 + (float) (chartWidth * bar.target() / max);
                    content.setStrokingColor(0.75f, 0.1f, 0.1f);
                    content.setLineWidth(1.5f);
                    content.moveTo(tx, top - 18);
                    content.lineTo(tx, top - 1);
                    content.stroke();
                    content.setLineWidth(0.5f);
                    content.setStrokingColor(0f, 0f, 0f);
                }
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            write(bar.valueText(), x0 + chartWidth + 6, top - 11, BODY);
            y -= row;
        }
        y -= 8;
    }

    public void save(OutputStream out) throws IOException {
        content.close();
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void line(String text, float size, float indent) throws IOException {
        need(size * LEADING);
        write(text, MARGIN + indent, y, size);
        y -= size * LEADING;
    }

    private void write(String text, float x, float atY, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(printable(text));
        content.endText();
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * BODY <= width) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }

    private boolean canEncode(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The text with characters the font cannot show replaced by "?" (and tabs and controls by spaces). */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(cp, this::canEncode)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
