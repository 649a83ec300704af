package se.sodertalje.euportal.partner.partnership;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerRole;

/** An organisation in an application's partnership. */
@Schema(requiredProperties = {"id", "organisationId", "legalName", "country", "type", "pic", "role", "searchId", "addedBy",
        "addedAt", "version"})
public record PartnerMemberView(
        UUID id,
        UUID organisationId,
        String legalName,
        @Schema(nullable = true) String country,
        OrganisationType type,
        @Schema(nullable = true) String pic,
        PartnerRole role,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID searchId,
        Actor addedBy,
        Instant addedAt,
        long version) {
}
