package se.sodertalje.euportal.partner.search;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerRole;

/** What a client sends to post or replace a partner search. */
public record PartnerSearchRequest(
        @NotNull UUID unitId,
        @Schema(description = "The idea the partners are sought for (of the same unit)") UUID ideaId,
        @Schema(description = "The application the partners are sought for (of the same unit)") UUID applicationId,
        @Schema(description = "The call the partners are sought for") UUID callId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) @Schema(description = "What the project is about, in any language; ranks the matches")
        String topic,
        @Size(max = 3) List<@NotNull PartnerRole> roles,
        @Schema(description = "ISO 3166-1 alpha-2 codes; only organisations in these countries match")
        @Size(max = 60) List<@NotNull String> countries,
        @Schema(description = "Only organisations of these types match")
        @Size(max = 9) List<@NotNull OrganisationType> organisationTypes,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> expertise,
        @Schema(description = "Last day for expressions of interest") LocalDate interestDeadline,
        @Schema(description = "OPEN unless said otherwise") SearchStatus status) {
}
