package se.sodertalje.euportal.partner.search;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.partner.OrganisationType;

/** An organisation ranked against a partner search, with why it matched. */
@Schema(requiredProperties = {"organisationId", "legalName", "country", "city", "type", "twinTown", "score", "reasons"})
public record MatchView(
        UUID organisationId,
        String legalName,
        @Schema(nullable = true) String country,
        @Schema(nullable = true) String city,
        OrganisationType type,
        boolean twinTown,
        @Schema(description = "Relevance; higher first. Comparable within one search only") double score,
        List<Reason> reasons) {

    @Schema(name = "MatchReason", requiredProperties = {"kind", "detail"})
    public record Reason(ReasonKind kind, @Schema(nullable = true) String detail) {
    }
}
