package se.sodertalje.euportal.partner.partnership;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.partner.PartnerRole;

/** Adds an organisation of the register to an application's partnership. */
public record PartnerMemberRequest(
        @NotNull UUID organisationId,
        @NotNull PartnerRole role,
        @Schema(description = "The partner search it was found through, if any") UUID searchId) {
}
