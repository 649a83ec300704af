package se.sodertalje.euportal.application.attachment;

import java.util.Map;
import jakarta.ws.rs.core.Response;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * The checks every uploaded file passes (not empty, within the size limit, of an allowed type by
 * its content), and how a stored file is handed back.
 */
public final class Uploads {

    private Uploads() {
    }

    /** @return the file's type, decided by its content */
    public static FileType check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw ApiProblem.badRequest("The file is empty");
        }
        if (content.length > maxBytes) {
            throw new ApiProblem(413, ProblemCode.ATTACHMENT_001, "Too large",
                    "The file is " + content.length + " bytes; attachments may be at most " + maxBytes + " bytes", null)
                    .with(Map.of("maxBytes", maxBytes));
        }
        return FileType.detect(content).orElseThrow(() -> new ApiProblem(415, ProblemCode.ATTACHMENT_002,
                "Type not allowed", "Attach PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG or plain text files",
                null));
    }

    /** A per-record quota on files: one record cannot fill the database with uploads. */
    public static void requireRoom(long filesSoFar, long maxFiles, String record) {
        if (filesSoFar >= maxFiles) {
            throw ApiProblem.conflict(ProblemCode.ATTACHMENT_004, "This " + record + " already has " + filesSoFar
                    + " files, the most it may have; remove one first").with(Map.of("max", maxFiles));
        }
    }

    /** A stored file, always as a download under its safe name, never rendered by the browser. */
    public static Response download(byte[] content, String mediaType, String safeName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", SafeFileName.contentDisposition(safeName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }
}
