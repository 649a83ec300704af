package se.sodertalje.euportal.export;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** An export of a project as recorded. */
@Schema(requiredProperties = {"id", "projectId", "kind", "language", "resource", "sha256", "sizeBytes", "actor", "at"})
public record ExportView(UUID id,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID projectId, ExportKind kind,
        @Schema(nullable = true) String language,
        @Schema(nullable = true, description = "A list export: the list asked for") String resource,
        @Schema(description = "Of the file, or of an audit package's manifest") String sha256, long sizeBytes, Actor actor,
        Instant at) {

    static ExportView of(ExportLog log) {
        return new ExportView(log.id, log.projectId, log.kind, log.language, log.resource, log.sha256, log.sizeBytes,
                new Actor(log.actorSubject, log.actorName), log.at);
    }
}
