package se.sodertalje.euportal.organisation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registrations for events as a guest that a person has under their e-mail: exported and erased
 * with the contact person (GDPR art. 15 and 17). The events feature implements it, so that units and
 * contact persons, near the bottom of the package graph, depend on no feature above them.
 */
public interface GuestRegistrations {

    @Schema(name = "EventGuestRegistration", requiredProperties = {"eventId", "eventTitle", "startsAt", "name", "email",
            "status"})
    record GuestRegistration(UUID eventId, String eventTitle, LocalDateTime startsAt, String name, String email,
            @Schema(type = SchemaType.STRING, enumeration = {"REGISTERED", "WAITING", "CANCELLED"}) String status,
            @Schema(nullable = true) Boolean attended) {
    }

    /** The person's registrations as a guest, by e-mail (any case). */
    List<GuestRegistration> export(String email);

    /** Anonymises every registration as a guest with the e-mail, and its history. @return how many */
    int erase(String email);
}
