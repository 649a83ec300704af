package se.sodertalje.euportal.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import se.sodertalje.euportal.audit.HistoryEntry;

/** Everything the portal holds about one contact person (GDPR art. 15): the record and its full history, and
 * their registrations for events as a guest, and where twin towns and external networks name them. */
@Schema(requiredProperties = {"exportedAt", "contactPerson", "history", "erasures", "eventRegistrations", "otherRegisters"})
public record PersonalDataExport(Instant exportedAt, ContactPersonView contactPerson, List<HistoryEntry> history,
        List<Erasure> erasures,
        @Schema(description = "Registrations for events as a guest under the person's e-mail")
        List<GuestRegistrations.GuestRegistration> eventRegistrations,
        @Schema(description = "Twin towns' contact persons and external networks' members under the person's e-mail")
        List<PersonInRegisters.Entry> otherRegisters) {

    /** A recorded erasure of the person's data. */
    @Schema(requiredProperties = {"erasedAt", "erasedBy"})
    public record Erasure(Instant erasedAt, String erasedBy) {
    }
}
