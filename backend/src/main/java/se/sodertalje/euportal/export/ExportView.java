package se.sodertalje.euportal.export;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** An export of a project as recorded. */
@Schema(requiredProperties = {"id", "kind", "language", "sha256", "sizeBytes", "actor", "at"})
public record ExportView(UUID id, ExportKind kind, String language,
        @Schema(description = "Of the file, or of an audit package's manifest") String sha256, long sizeBytes, Actor actor,
        Instant at) {

    static ExportView of(ExportLog log) {
        return new ExportView(log.id, log.kind, log.language, log.sha256, log.sizeBytes,
                new Actor(log.actorSubject, log.actorName), log.at);
    }
}
