package se.sodertalje.euportal.application.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a file is, decided by its content, never by its name or the type the client claims:
 * PDF, PNG, JPEG, Office Open XML (docx, xlsx, pptx), OpenDocument (odt, ods) and plain UTF-8 text.
 * Anything else (executables, scripts in disguise, archives) is not an allowed annex.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    TEXT("text/plain; charset=UTF-8", "txt");

    private static final int MAX_ZIP_ENTRIES = 2000;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return officeDocument(content);
        }
        return isText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    /** Office Open XML and OpenDocument files are ZIP archives; their entry names tell which, read without inflating. */
    private static Optional<FileType> officeDocument(byte[] content) {
        Optional<ZipDirectory> read = ZipDirectory.read(content, MAX_ZIP_ENTRIES);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ZipDirectory zip = read.get();
        if (zip.contains("[Content_Types].xml")) {
            if (zip.contains("word/document.xml")) {
                return Optional.of(DOCX);
            }
            if (zip.contains("xl/workbook.xml")) {
                return Optional.of(XLSX);
            }
            if (zip.contains("ppt/presentation.xml")) {
                return Optional.of(PPTX);
            }
        }
        String odfMimetype = zip.stored("mimetype", 100).map(b -> new String(b, StandardCharsets.US_ASCII).trim()).orElse(null);
        if (ODT.mediaType.equals(odfMimetype)) {
            return Optional.of(ODT);
        }
        if (ODS.mediaType.equals(odfMimetype)) {
            return Optional.of(ODS);
        }
        return Optional.empty();
    }

    /** Valid UTF-8 without NUL or other control characters than tab, line feed and carriage return. */
    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
