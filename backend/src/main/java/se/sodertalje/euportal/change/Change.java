package se.sodertalje.euportal.change;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.sodertalje.euportal.audit.ChangeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the changes feed: a record created, changed or deleted by one committed transaction. */
@Schema(name = "ChangeEntry", requiredProperties = {"cursor", "type", "id", "version", "change", "changedAt", "link"})
public record Change(
        @Schema(description = "This entry's place in the feed; pass it as after= to read what came later", example = "1042")
        String cursor,
        RecordType type,
        UUID id,
        @Schema(description = "The record's version after the change (its ETag); for a deletion the last version")
        long version,
        @Schema(description = "The unit the record belongs to; absent for programmes, calls and partner organisations",
                nullable = true)
        UUID unitId,
        ChangeType change,
        @Schema(description = "When the change was written (the commit follows within the transaction)")
        OffsetDateTime changedAt,
        @Schema(description = "The record's API path; a deleted record's answers 404", example = "/api/v1/applications/6f1c…")
        String link) {
}
