package se.sodertalje.euportal.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import se.sodertalje.euportal.audit.HistoryEntry;

/** Everything the portal holds about one contact person (GDPR art. 15): the record and its full history. */
@Schema(requiredProperties = {"exportedAt", "contactPerson", "history", "erasures"})
public record PersonalDataExport(Instant exportedAt, ContactPersonView contactPerson, List<HistoryEntry> history,
        List<Erasure> erasures) {

    /** A recorded erasure of the person's data. */
    @Schema(requiredProperties = {"erasedAt", "erasedBy"})
    public record Erasure(Instant erasedAt, String erasedBy) {
    }
}
