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
}
