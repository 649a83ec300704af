package se.sodertalje.euportal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The demo project's PDF as a reader meets it: words, not enum names; numbered pages; no text over text; tagged. */
class ProjectPdfTest {

    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b");

    @Test
    void theSwedishPdfPrintsWordsAndNoEnumName() throws IOException {
        String text = text(DemoDossier.pdf(ExportLanguage.SV));
        Matcher enumName = ENUM_NAME.matcher(text);
        assertTrue(!enumName.find(), "an enum name in the Swedish PDF: " + (enumName.hitEnd() ? "" : enumName.group()));
        Set<String> tokens = new TreeSet<>(Arrays.asList(text.split("[^\\p{L}\\p{N}_+]+")));
        List<String> constants = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ExportLanguage.WORDED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                // An acronym that is the word itself ("Interreg", "CERV") is no leak.
                if (tokens.contains(constant.name()) && !ExportLanguage.SV.word(constant).contains(constant.name())) {
                    constants.add(type.getSimpleName() + "." + constant.name());
                }
            }
        }
        assertEquals(List.of(), constants, "enum constants in the Swedish PDF");
        for (String words : List.of("Huvudpartner", "Associerad partner", "Granskning", "påbörjad", "Godkänd av",
                "Inskickad →", "Beviljad", "Reviderad (föreslagen)", "Personalkostnader", "Övriga kostnader (schablon)",
                "Lägesrapport", "Slutrapport", "Utfall", "Pågår", "Europeiska regionala", "Ändringshistorik",
                "Utgiftsrader")) {
            assertTrue(text.contains(words), words + " in: " + text);
        }
        assertTrue(text.contains("Personalkostnader 3 120 000,00 390 000,00 2 730 000,00"), text);
    }

    @Test
    void everyPageIsNumberedInTheExportsLanguage() throws IOException {
        byte[] swedish = DemoDossier.pdf(ExportLanguage.SV);
        // Kept for a reader's eye (pdftoppm -png target/demo-dossier-sv.pdf), see docs/language-and-legal-pages.md.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "demo-dossier-sv.pdf"), swedish);
        try (PDDocument document = Loader.loadPDF(swedish)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "the demo dossier runs over pages: " + pages);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(document);
                assertTrue(page.contains("Sida " + p + " av " + pages), "page " + p + ": " + page);
            }
        }
        assertTrue(text(DemoDossier.pdf(ExportLanguage.EN)).contains("Page 1 of "), "English pages");
        // Times are Stockholm's, with the zone said (09:30 UTC on 7 December is 10:30 CET).
        assertTrue(text(DemoDossier.pdf(ExportLanguage.EN)).contains("2026-12-07 10:30 CET"), "the export's time and zone");
    }

    @Test
    void noTwoGlyphsOverlap() throws IOException {
        for (ExportLanguage lang : ExportLanguage.values()) {
            try (PDDocument document = Loader.loadPDF(DemoDossier.pdf(lang))) {
                Glyphs glyphs = new Glyphs();
                for (int p = 1; p <= document.getNumberOfPages(); p++) {
                    glyphs.boxes.clear();
                    glyphs.setStartPage(p);
                    glyphs.setEndPage(p);
                    glyphs.getText(document);
                    List<float[]> boxes = glyphs.boxes;
                    assertTrue(boxes.size() > 100, "text on page " + p);
                    for (int i = 0; i < boxes.size(); i++) {
                        for (int j = i + 1; j < boxes.size(); j++) {
                            float[] a = boxes.get(i);
                            float[] b = boxes.get(j);
                            boolean overlap = a[0] < b[2] - 0.05f && b[0] < a[2] - 0.05f && a[1] < b[3] - 0.05f
                                    && b[1] < a[3] - 0.05f;
                            assertTrue(!overlap, lang + " page " + p + ": '" + glyphs.chars.get(i) + "' and '"
                                    + glyphs.chars.get(j) + "' overlap at " + Arrays.toString(a) + " " + Arrays.toString(b));
                        }
                    }
                    glyphs.chars.clear();
                }
            }
        }
    }

    @Test
    void itCarriesTitleLanguageAuthorAndAStructureTree() throws IOException {
        try (PDDocument document = Loader.loadPDF(DemoDossier.pdf(ExportLanguage.SV))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertEquals("sv-SE", catalog.getLanguage());
            assertEquals("Studiehandledning på modersmål med digitala verktyg (STUDIEHJ)",
                    document.getDocumentInformation().getTitle());
            assertEquals("Södertälje kommun, EU-projektportalen", document.getDocumentInformation().getAuthor());
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>") && xmp.contains("STUDIEHJ") && xmp.contains("sv-SE"), xmp);
            assertTrue(catalog.getMarkInfo().isMarked());
            Set<String> types = new TreeSet<>();
            collect(catalog.getStructureTreeRoot(), types);
            assertTrue(types.containsAll(Set.of("Document", "H1", "H2", "Table", "TR", "TH", "TD")), types.toString());
        }
        try (PDDocument english = Loader.loadPDF(DemoDossier.pdf(ExportLanguage.EN))) {
            assertEquals("en-GB", english.getDocumentCatalog().getLanguage());
        }
    }

    private static void collect(PDStructureNode node, Set<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every glyph's box on the page: {left, bottom, right, top}. */
    private static final class Glyphs extends PDFTextStripper {
        final List<float[]> boxes = new ArrayList<>();
        final List<String> chars = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition g : positions) {
                if (g.getUnicode().isBlank()) {
                    continue;
                }
                boxes.add(new float[] {g.getXDirAdj(), g.getYDirAdj() - g.getHeightDir(), g.getXDirAdj() + g.getWidthDirAdj(),
                        g.getYDirAdj()});
                chars.add(g.getUnicode());
            }
        }
    }
}
