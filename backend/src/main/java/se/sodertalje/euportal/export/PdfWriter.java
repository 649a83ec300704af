package se.sodertalje.euportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Text laid out on A4 pages as a tagged PDF (PDF/UA): headings (H1, H2), paragraphs, label–value pairs and
 * tables whose column widths come from measuring their text, wrapped inside the columns. Every page is
 * numbered ("Sida 2 av 5"), the document carries its title, language and author (document info and XMP).
 * Liberation Sans, which PDFBox ships, is embedded (Latin, Greek, Cyrillic; other characters print as "?").
 * Page numbers, rules and repeated table headers are artifacts: a screen reader reads the structure only.
 */
public final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9;
    private static final float LEADING = 1.35f;
    /** Space between two columns. */
    private static final float GAP = 8;
    /** The label column of label–value pairs. */
    private static final float LABEL = 0.3f;
    private static final Pattern NUMBER = Pattern.compile("[-−]?[0-9][0-9 ,.]*( %| [A-Z]{3})?");

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final ExportLanguage lang;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    /** Per page, the structure element of each marked content (the index is its MCID). */
    private final List<List<PDStructureElement>> parents = new ArrayList<>();
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    /** The table consecutive pairs go into, until something else is written. */
    private PDStructureElement pairs;
    /** The header of the table being written, repeated on a new page. */
    private Layout repeatHeader;

    /**
     * @param title the document's title (metadata, and what a viewer shows instead of the file name)
     * @param subject a line on what it is (metadata)
     */
    public PdfWriter(ExportLanguage lang, String title, String subject, Instant created) throws IOException {
        this.lang = lang;
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = PDType0Font.load(document, ttf);
        }
        metadata(title, subject, created);
        body = new PDStructureElement("Document", root);
        root.appendKid(body);
        newPage();
    }

    /** The document's first heading (H1). */
    public void title(String text) throws IOException {
        pairs = null;
        block("H1", text, 16, 0);
        y -= 6;
    }

    public void heading(String text) throws IOException {
        pairs = null;
        y -= 10;
        need(40);
        block("H2", text, 12, 0);
        y -= 2;
    }

    /** A label and its value; consecutive pairs form one table of two columns, the label a row header. */
    public void pair(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        if (pairs == null) {
            pairs = new PDStructureElement("Table", body);
            body.appendKid(pairs);
        }
        Layout layout = new Layout(new float[] {LABEL * WIDTH, (1 - LABEL) * WIDTH}, new boolean[2]);
        row(pairs, layout, new String[] {label, value}, false, true);
    }

    /**
     * A table, its column widths measured from its text: each column gets at least its longest word, the
     * rest of the width goes to the columns whose text is longer than that, in proportion; numbers are right
     * aligned. The first row is the header (TH) when {@code header}, repeated on every page the table runs on.
     */
    public void table(List<String[]> rows, boolean header) throws IOException {
        pairs = null;
        if (rows.isEmpty()) {
            return;
        }
        Layout layout = layout(rows, header);
        PDStructureElement table = new PDStructureElement("Table", body);
        body.appendKid(table);
        for (int r = 0; r < rows.size(); r++) {
            boolean isHeader = header && r == 0;
            row(table, layout, rows.get(r), isHeader, false);
            if (isHeader) {
                repeatHeader = layout.withHeader(rows.get(0));
            }
        }
        repeatHeader = null;
    }

    /** A paragraph of wrapped body text. */
    public void paragraph(String text) throws IOException {
        pairs = null;
        List<String> lines = wrap(text, WIDTH);
        PDStructureElement p = new PDStructureElement("P", body);
        body.appendKid(p);
        float lineY = y;
        for (String line : lines) {
            if (lineY - BODY * LEADING < MARGIN) {
                y = lineY;
                need(Float.MAX_VALUE);
                lineY = y;
            }
            begin(p);
            write(line, MARGIN, lineY, BODY);
            content.endMarkedContent();
            lineY -= BODY * LEADING;
        }
        y = lineY - 2;
    }

    /** One row of a bar chart: the value, and the previous value and the target when there are any, on one scale. */
    public record Bar(String label, String valueText, double value, Double previous, Double target) {
    }

    /**
     * A horizontal bar chart, a row per bar: the label, the previous value (a thin grey bar), the value
     * (a blue bar) with its text, and the target (a red tick). Every row shares the scale of its own
     * largest number, so rows of different measures (counts, percent, SEK) do not crush each other. The
     * label and value are a paragraph each row; the bars are drawn as artifacts (the text says it all).
     */
    public void bars(List<Bar> bars) throws IOException {
        pairs = null;
        float labelWidth = WIDTH * 0.36f;
        float chartWidth = WIDTH * 0.42f;
        float row = 20;
        for (Bar bar : bars) {
            need(row + 2);
            float top = y;
            List<String> label = wrap(bar.label(), labelWidth - GAP);
            PDStructureElement p = new PDStructureElement("P", body);
            body.appendKid(p);
            begin(p);
            write(label.get(0), MARGIN, top - 11, BODY);
            content.endMarkedContent();
            double max = Math.max(bar.value(), Math.max(bar.previous() == null ? 0 : bar.previous(),
                    bar.target() == null ? 0 : bar.target()));
            float x0 = MARGIN + labelWidth;
            if (max > 0) {
                content.beginMarkedContent(COSName.ARTIFACT);
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
                content.endMarkedContent();
            }
            begin(p);
            write(bar.valueText(), x0 + chartWidth + 6, top - 11, BODY);
            content.endMarkedContent();
            y -= row;
        }
        y -= 8;
    }

    public void save(OutputStream out) throws IOException {
        content.close();
        numberPages();
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        for (int i = 0; i < parents.size(); i++) {
            COSArray elements = new COSArray();
            parents.get(i).forEach(e -> elements.add(e.getCOSObject()));
            numbers.put(i, new PDParentTreeValue(elements));
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parents.size());
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** How a table's columns lie: their widths and which are numbers (right aligned). */
    private record Layout(float[] widths, boolean[] numeric, String[] header) {

        Layout(float[] widths, boolean[] numeric) {
            this(widths, numeric, null);
        }

        Layout withHeader(String[] cells) {
            return new Layout(widths, numeric, cells);
        }
    }

    private Layout layout(List<String[]> rows, boolean header) throws IOException {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        float[] least = new float[columns];
        float[] natural = new float[columns];
        boolean[] numeric = new boolean[columns];
        boolean[] anyValue = new boolean[columns];
        Arrays.fill(numeric, true);
        for (int r = header ? 1 : 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String text = cell(rows.get(r), c).trim();
                if (!text.isEmpty()) {
                    anyValue[c] = true;
                    numeric[c] &= NUMBER.matcher(text).matches();
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            numeric[c] &= anyValue[c];
        }
        for (String[] cells : rows) {
            for (int c = 0; c < columns; c++) {
                String text = printable(cell(cells, c));
                for (String line : text.split("\n")) {
                    float whole = width(line, BODY);
                    natural[c] = Math.max(natural[c], whole);
                    if (numeric[c] && NUMBER.matcher(line.trim()).matches()) {
                        least[c] = Math.max(least[c], whole); // an amount is never broken at its digit groups
                    } else {
                        for (String word : line.split(" ")) {
                            least[c] = Math.max(least[c], width(word, BODY));
                        }
                    }
                }
            }
        }
        float[] widths = share(least, natural, WIDTH - GAP * (columns - 1));
        for (int c = 0; c < columns - 1; c++) {
            widths[c] += GAP;
        }
        return new Layout(widths, numeric);
    }

    /**
     * The width of each column: short columns (whose whole text fits in an even share of what is left) get all
     * they need, shortest first; the long ones get their longest word and share the rest in proportion to how
     * much more their text needs. When even the longest words do not fit, they are broken inside their column.
     */
    static float[] share(float[] least, float[] natural, float room) {
        int columns = least.length;
        float[] widths = new float[columns];
        Integer[] order = new Integer[columns];
        for (int c = 0; c < columns; c++) {
            order[c] = c;
            natural[c] = Math.max(natural[c], least[c]);
        }
        Arrays.sort(order, (a, b) -> Float.compare(natural[a], natural[b]));
        float left = room;
        int open = columns;
        int first = 0;
        while (first < columns && natural[order[first]] <= left / open) {
            widths[order[first]] = natural[order[first]];
            left -= natural[order[first]];
            open--;
            first++;
        }
        float leastSum = 0;
        float more = 0;
        for (int i = first; i < columns; i++) {
            leastSum += least[order[i]];
            more += natural[order[i]] - least[order[i]];
        }
        if (open == 0) {
            // Everything fits on one line: the spare width is shared evenly, so the table spans the page.
            for (int c = 0; c < columns; c++) {
                widths[c] += left / columns;
            }
            return widths;
        }
        for (int i = first; i < columns; i++) {
            int c = order[i];
            widths[c] = leastSum > left ? left * least[c] / leastSum
                    : least[c] + (more == 0 ? (left - leastSum) / open : (left - leastSum) * (natural[c] - least[c]) / more);
        }
        return widths;
    }

    /** One row: each cell's lines wrapped to its column, as TH or TD of a TR. */
    private void row(PDStructureElement table, Layout layout, String[] cells, boolean header, boolean rowHeader)
            throws IOException {
        int columns = layout.widths().length;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < columns; c++) {
            List<String> lines = layout.numeric()[c] && !header ? unbroken(cell(cells, c), content(layout, c))
                    : wrap(cell(cells, c), content(layout, c));
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        // A header stays with at least the first lines of the body.
        need((height + (header ? 3 : 0)) * BODY * LEADING + 2);
        PDStructureElement tr = new PDStructureElement("TR", table);
        table.appendKid(tr);
        float x = MARGIN;
        for (int c = 0; c < columns; c++) {
            boolean th = header || rowHeader && c == 0;
            PDStructureElement cell = new PDStructureElement(th ? "TH" : "TD", tr);
            tr.appendKid(cell);
            if (th) {
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(header ? "Column" : "Row");
                cell.addAttribute(scope);
            }
            if (!wrapped.get(c).get(0).isEmpty() || wrapped.get(c).size() > 1) {
                begin(cell);
                drawCell(layout, c, x, wrapped.get(c));
                content.endMarkedContent();
            }
            x += layout.widths()[c];
        }
        y -= height * BODY * LEADING + 2;
        if (header) {
            rule();
        }
    }

    private void drawCell(Layout layout, int c, float x, List<String> lines) throws IOException {
        float lineY = y;
        for (String text : lines) {
            float left = layout.numeric()[c] ? x + content(layout, c) - width(text, BODY) : x;
            write(text, left, lineY, BODY);
            lineY -= BODY * LEADING;
        }
    }

    /** The width of a column's text: the column less the gap to the next. */
    private static float content(Layout layout, int c) {
        return layout.widths()[c] - (c < layout.widths().length - 1 ? GAP : 0);
    }

    private static String cell(String[] cells, int c) {
        return c < cells.length && cells[c] != null ? cells[c] : "";
    }

    private void rule() throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        content.moveTo(MARGIN, y + BODY);
        content.lineTo(MARGIN + WIDTH, y + BODY);
        content.stroke();
        content.endMarkedContent();
    }

    /** A heading or similar block: its wrapped lines as one structure element. */
    private void block(String type, String text, float size, float indent) throws IOException {
        PDStructureElement element = new PDStructureElement(type, body);
        body.appendKid(element);
        for (String line : wrap(text, WIDTH - indent, size)) {
            need(size * LEADING);
            begin(element);
            write(line, MARGIN + indent, y, size);
            content.endMarkedContent();
            y -= size * LEADING;
        }
    }

    /** Opens marked content on this page belonging to {@code element}. */
    private void begin(PDStructureElement element) throws IOException {
        List<PDStructureElement> onPage = parents.get(parents.size() - 1);
        int mcid = onPage.size();
        onPage.add(element);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()),
                PDPropertyList.create(properties));
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
        if (element.getPage() == null) {
            element.setPage(page);
        }
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
            if (repeatHeader != null) {
                repeatedHeader(repeatHeader);
            }
        }
    }

    /** The table's header again at the top of a new page, for the eye only (an artifact). */
    private void repeatedHeader(Layout layout) throws IOException {
        int height = 1;
        float x = MARGIN;
        content.beginMarkedContent(COSName.ARTIFACT);
        for (int c = 0; c < layout.widths().length; c++) {
            List<String> lines = wrap(cell(layout.header(), c), content(layout, c));
            drawCell(layout, c, x, lines);
            height = Math.max(height, lines.size());
            x += layout.widths()[c];
        }
        y -= height * BODY * LEADING + 2;
        content.moveTo(MARGIN, y + BODY);
        content.lineTo(MARGIN + WIDTH, y + BODY);
        content.stroke();
        content.endMarkedContent();
    }

    private void newPage() throws IOException {
        page = new PDPage(PDRectangle.A4);
        page.setStructParents(parents.size());
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        parents.add(new ArrayList<>());
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** "Sida 2 av 5" at the foot of every page, once the count is known. */
    private void numberPages() throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = String.format(lang.t("page"), i + 1, count);
                foot.beginMarkedContent(COSName.ARTIFACT);
                foot.beginText();
                foot.setFont(font, 8);
                foot.newLineAtOffset(MARGIN + WIDTH - width(text, 8), MARGIN / 2);
                foot.showText(text);
                foot.endText();
                foot.endMarkedContent();
            }
        }
    }

    private void metadata(String title, String subject, Instant created) throws IOException {
        String language = lang == ExportLanguage.SV ? "sv-SE" : "en-GB";
        String author = lang.t("author");
        Calendar at = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(created.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator("EU Project Portal");
        info.setProducer("EU Project Portal (Apache PDFBox)");
        info.setCreationDate(at);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setStructureTreeRoot(root);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <pdf:Producer>EU Project Portal (Apache PDFBox)</pdf:Producer>
                   <xmp:CreatorTool>EU Project Portal</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(title), xml(author), xml(subject), language,
                created.atOffset(ZoneOffset.UTC).withNano(0).toString());
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /** An amount on one line (its digit groups are not places to break), unless it is wider than the column. */
    private List<String> unbroken(String text, float width) throws IOException {
        String line = printable(text).trim();
        return width(line, BODY) <= width ? List.of(line) : wrap(line.replace(' ', '\u00a0'), width).stream()
                .map(l -> l.replace('\u00a0', ' ')).toList();
    }

    private List<String> wrap(String text, float width) throws IOException {
        return wrap(text, width, BODY);
    }

    /** Lines no wider than {@code width}: broken between words, and inside a word longer than the width. */
    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                // A word wider than the column is broken where it must.
                String rest = word;
                while (width(rest, size) > width && rest.length() > 1) {
                    int fits = 1;
                    while (fits < rest.length() && width(rest.substring(0, fits + 1), size) <= width) {
                        fits++;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                current.append(rest);
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
