package se.sodertalje.euportal.partner.search;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import se.sodertalje.euportal.partner.PartnerRole;

/** An organisation's expression of interest, as received (by e-mail, at a network meeting, …). */
public record InterestRequest(
        @NotNull UUID organisationId,
        PartnerRole proposedRole,
        @Size(max = 4000) String note,
        @NotNull @PastOrPresent LocalDate receivedOn) {
}
