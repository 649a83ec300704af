package se.sodertalje.euportal.organisation;

import java.time.Instant;
import java.util.List;
import se.sodertalje.euportal.audit.HistoryEntry;

/** Everything the portal holds about one contact person (GDPR art. 15): the record and its full history. */
public record PersonalDataExport(Instant exportedAt, ContactPersonView contactPerson, List<HistoryEntry> history,
        List<Erasure> erasures) {

    /** A recorded erasure of the person's data. */
    public record Erasure(Instant erasedAt, String erasedBy) {
    }
}
