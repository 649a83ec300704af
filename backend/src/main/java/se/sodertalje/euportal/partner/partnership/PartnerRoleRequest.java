package se.sodertalje.euportal.partner.partnership;

import jakarta.validation.constraints.NotNull;
import se.sodertalje.euportal.partner.PartnerRole;

/** Changes a partner's role in the partnership. */
public record PartnerRoleRequest(@NotNull PartnerRole role) {
}
