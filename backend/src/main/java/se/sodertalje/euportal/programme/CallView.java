package se.sodertalje.euportal.programme;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A call as the API shows it: dates in the call's own time zone, its effective rules resolved. (The
 * call's own rules are not a separate nullable field: OpenAPI 3.0 cannot say "this object or null".)
 */
@Schema(requiredProperties = {"id", "programmeId", "programmeCode", "programmeName", "fund", "identifier", "title",
        "description", "actionType", "opensAt", "closesAt", "timeZone", "status", "budget", "grantMin", "grantMax",
        "expectedGrants", "maxPartners", "eligibleApplicantTypes", "topics", "url", "narrowsProgrammeRules", "effectiveRules", "version"})
public record CallView(
        UUID id,
        UUID programmeId,
        String programmeCode,
        String programmeName,
        Fund fund,
        String identifier,
        String title,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String actionType,
        @Schema(nullable = true, implementation = String.class, format = "date-time") OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        String timeZone,
        CallStatus status,
        @Schema(nullable = true) BigDecimal budget,
        @Schema(nullable = true) BigDecimal grantMin,
        @Schema(nullable = true) BigDecimal grantMax,
        @Schema(nullable = true) Integer expectedGrants,
        @Schema(nullable = true, description = "Most partners an application may have, the lead partner counted")
        Integer maxPartners,
        List<ApplicantType> eligibleApplicantTypes,
        List<String> topics,
        @Schema(nullable = true) String url,
        @Schema(description = "Whether the call has rules of its own, narrower than its programme's")
        boolean narrowsProgrammeRules,
        @Schema(description = "The rules applications to this call follow: the call's own, else the programme's")
        RuleSet effectiveRules,
        long version) {
}
