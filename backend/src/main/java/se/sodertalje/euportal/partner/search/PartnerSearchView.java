package se.sodertalje.euportal.partner.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerRole;

/** A partner search as the API shows it. */
@Schema(requiredProperties = {"id", "unitId", "unitCode", "ideaId", "applicationId", "callId", "callIdentifier", "title",
        "topic", "roles", "countries", "organisationTypes", "expertise", "interestDeadline", "status", "interests",
        "createdBy", "createdAt", "version"})
public record PartnerSearchView(
        UUID id,
        UUID unitId,
        String unitCode,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID ideaId,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID applicationId,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID callId,
        @Schema(nullable = true) String callIdentifier,
        String title,
        String topic,
        List<PartnerRole> roles,
        List<String> countries,
        List<OrganisationType> organisationTypes,
        List<String> expertise,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate interestDeadline,
        SearchStatus status,
        @Schema(description = "Expressions of interest recorded") long interests,
        Actor createdBy,
        Instant createdAt,
        long version) {
}
