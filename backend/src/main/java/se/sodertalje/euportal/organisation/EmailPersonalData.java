package se.sodertalje.euportal.organisation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything held under an e-mail of a person in no register of contact persons (GDPR art. 15). */
@Schema(requiredProperties = {"exportedAt", "email", "eventRegistrations", "otherRegisters"})
public record EmailPersonalData(Instant exportedAt, String email,
        @Schema(description = "Registrations for events as a guest") List<GuestRegistrations.GuestRegistration> eventRegistrations,
        @Schema(description = "Twin towns' contact persons and external networks' members")
        List<PersonInRegisters.Entry> otherRegisters) {

    /** What an erasure by e-mail anonymised. */
    @Schema(name = "EmailErasure", requiredProperties = {"eventRegistrations", "otherRegisters"})
    public record Erased(int eventRegistrations, int otherRegisters) {
    }
}
