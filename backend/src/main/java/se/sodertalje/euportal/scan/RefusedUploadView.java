package se.sodertalje.euportal.scan;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** An upload the virus scan refused; the file itself was never stored. */
@Schema(requiredProperties = {"id", "at", "kind", "recordId", "applicationId", "fileName", "sizeBytes", "sha256",
        "signature", "actor"})
public record RefusedUploadView(long id, Instant at, UploadKind kind,
        @Schema(nullable = true, description = "The record the file was for (application, expenditure line, report, "
                + "clarification, event, twin town); none for an import") UUID recordId,
        @Schema(nullable = true, description = "The application that record belongs to, when it belongs to one")
        UUID applicationId,
        @Schema(nullable = true, description = "The name the user gave the file; none for an import") String fileName,
        long sizeBytes, String sha256,
        @Schema(description = "What clamd found, e.g. Eicar-Test-Signature") String signature, Actor actor) {
}
