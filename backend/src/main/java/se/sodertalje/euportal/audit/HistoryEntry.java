package se.sodertalje.euportal.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One revision of a record: who changed what, when. */
@Schema(requiredProperties = {"revision", "timestamp", "actor", "type", "changes"})
public record HistoryEntry(long revision, Instant timestamp, Actor actor, ChangeType type, List<FieldChange> changes) {
}
