package se.sodertalje.euportal.partner.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.partner.PartnerRole;

/** An expression of interest in a partner search. */
@Schema(requiredProperties = {"id", "organisationId", "legalName", "country", "proposedRole", "note", "receivedOn", "late",
        "recordedBy", "recordedAt"})
public record InterestView(
        UUID id,
        UUID organisationId,
        String legalName,
        @Schema(nullable = true) String country,
        // A nullable enum is spelled out as a string: the contract validator cannot take a nullable $ref.
        @Schema(nullable = true, implementation = String.class,
                enumeration = {"LEAD_PARTNER", "PARTNER", "ASSOCIATED_PARTNER"}) PartnerRole proposedRole,
        @Schema(nullable = true) String note,
        LocalDate receivedOn,
        @Schema(description = "Received after the search's deadline for expressions of interest") boolean late,
        Actor recordedBy,
        Instant recordedAt) {
}
