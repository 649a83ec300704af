package se.sodertalje.euportal.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One upload or removal of a stored file, kept after the file is gone. */
@Schema(requiredProperties = {"at", "action", "kind", "fileId", "reportId", "expenditureId", "fileName", "sizeBytes",
        "sha256", "actor"})
public record FileLogEntry(Instant at, Action action, Kind kind, UUID fileId,
        @Schema(nullable = true, description = "The claim of an evidence file") UUID reportId,
        @Schema(nullable = true, description = "The expenditure line of an evidence file") UUID expenditureId,
        String fileName, long sizeBytes, String sha256, Actor actor) {

    /** What happened to the file. */
    public enum Action {
        UPLOADED, DELETED, PURGED
    }

    /** Which store the file was in. */
    public enum Kind {
        ATTACHMENT, EVIDENCE
    }
}
