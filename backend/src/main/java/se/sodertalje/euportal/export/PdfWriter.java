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
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    PdfWriter() throws IOException {
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = PDType0Font.load(document, ttf);
        }
        newPage();
    }

    void title(String text) throws IOException {
        line(text, 16, 0);
        y -= 6;
    }

    void heading(String text) throws IOException {
        y -= 10;
        need(40);
        line(text, 12, 0);
        y -= 2;
    }

    void pair(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        table(new float[] {0.3f, 0.7f}, List.<String[]>of(new String[] {label, value}), false);
    }

    /** A table: the first row is the header when {@code header}; columns sized by the fractions given. */
    void table(float[] fractions, List<String[]> rows, boolean header) throws IOException {
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

    void save(OutputStream out) throws IOException {
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
