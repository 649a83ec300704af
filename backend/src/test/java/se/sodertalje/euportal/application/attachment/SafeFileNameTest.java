package se.sodertalje.euportal.application.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void pathsAndHostileCharactersShouldBeRemoved() {
        assertEquals("passwd.txt", SafeFileName.of("../../etc/passwd", FileType.TEXT));
        assertEquals("evil.pdf", SafeFileName.of("C:\\Windows\\System32\\evil.pdf", FileType.PDF));
        assertEquals("script_.pdf", SafeFileName.of("<script>alert(1)</script>.pdf", FileType.PDF));
        assertEquals("_img src_x onerror_alert(1)_.pdf", SafeFileName.of("<img src=x onerror=alert(1)>.pdf", FileType.PDF));
        assertEquals("a_b.pdf", SafeFileName.of("a\"\r\nb.pdf", FileType.PDF));
    }

    @Test
    void theExtensionShouldFollowTheDetectedType() {
        assertEquals("faktura_pdf.pdf", SafeFileName.of("faktura.pdf.exe", FileType.PDF));
        assertEquals("bild.png", SafeFileName.of("bild.jpg", FileType.PNG));
        assertEquals("bilaga.pdf", SafeFileName.of(null, FileType.PDF));
        assertEquals("bilaga.txt", SafeFileName.of("CON.txt", FileType.TEXT));
        assertEquals("bilaga.pdf", SafeFileName.of("...", FileType.PDF));
    }

    @Test
    void namesInSwedishShouldBeKeptAndLongNamesShortened() {
        assertEquals("Avsiktsförklaring Wuxi – Södertälje.pdf".replace("–", "_"),
                SafeFileName.of("Avsiktsförklaring Wuxi – Södertälje.pdf", FileType.PDF));
        assertEquals(SafeFileName.MAX_LENGTH, SafeFileName.of("x".repeat(500) + ".pdf", FileType.PDF).length());
    }

    @Test
    void theDownloadHeaderShouldCarryAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"Overenskommelse.pdf\"; filename*=UTF-8''%C3%96verenskommelse.pdf",
                SafeFileName.contentDisposition("Överenskommelse.pdf"));
    }
}
