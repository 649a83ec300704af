package se.sodertalje.euportal.application.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void theContentShouldDecideTheType() {
        assertEquals(Optional.of(FileType.PDF), FileType.detect(TestFiles.PDF));
        assertEquals(Optional.of(FileType.PNG), FileType.detect(TestFiles.PNG));
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(FileType.DOCX), FileType.detect(TestFiles.docx()));
        assertEquals(Optional.of(FileType.XLSX), FileType.detect(TestFiles.zip("[Content_Types].xml", "<Types/>",
                "xl/workbook.xml", "<workbook/>")));
        assertEquals(Optional.of(FileType.ODT), FileType.detect(TestFiles.zip("mimetype",
                "application/vnd.oasis.opendocument.text", "content.xml", "<office/>")));
        assertEquals(Optional.of(FileType.TEXT), FileType.detect("Avsiktsförklaring\r\nWuxi\tSödertälje".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void executablesArchivesAndBinariesShouldNotPass() {
        assertEquals(Optional.empty(), FileType.detect(TestFiles.EXE));
        assertEquals(Optional.empty(), FileType.detect(TestFiles.zip("payload.exe", "MZ")));
        assertEquals(Optional.empty(), FileType.detect(new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
        assertEquals(Optional.empty(), FileType.detect(new byte[] {'a', 0, 'b'}));
        assertEquals(Optional.empty(), FileType.detect(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void anArchiveShouldBeJudgedByItsDirectoryWithoutInflatingIt() {
        // An entry whose compressed data cannot be inflated (as a zip bomb's data need not be read either):
        // reading the entries one after another would have to inflate it to reach the next one.
        byte[] archive = TestFiles.zip("[Content_Types].xml", "<Types/>", "zeros.bin", "\0".repeat(1 << 20),
                "word/document.xml", "<w:document/>");
        int name = indexOf(archive, "zeros.bin".getBytes(StandardCharsets.US_ASCII));
        int extra = (archive[name - 2] & 0xFF) | (archive[name - 1] & 0xFF) << 8;
        java.util.Arrays.fill(archive, name + "zeros.bin".length() + extra, name + "zeros.bin".length() + extra + 16, (byte) 0xFF);
        assertEquals(Optional.of(FileType.DOCX), FileType.detect(archive));
        assertEquals(Optional.empty(), FileType.detect(java.util.Arrays.copyOf(archive, archive.length - 10)), "a cut-off archive");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void anOpenDocumentWhoseMimetypeIsCompressedShouldNotPass() {
        byte[] odt = TestFiles.zip("content.xml", "<office/>");
        assertEquals(Optional.empty(), FileType.detect(odt));
    }
}
