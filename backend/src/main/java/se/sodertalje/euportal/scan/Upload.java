package se.sodertalje.euportal.scan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A file a user sends: what it is for, the record it goes to (null for imports), the application that
 * record belongs to when there is one (so the project's file log finds the refusal), its name and content.
 */
public record Upload(UploadKind kind, UUID recordId, UUID applicationId, String fileName, byte[] content) {

    public static Upload imported(UploadKind kind, byte[] content) {
        return new Upload(kind, null, null, null, content);
    }

    /** An import's body as the bytes clamd reads (an absent body is empty). */
    public static byte[] bytes(String body) {
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }
}
