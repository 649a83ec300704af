package se.sodertalje.euportal.partner;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner organisation as the API shows it. */
@Schema(requiredProperties = {"id", "legalName", "englishName", "country", "region", "city", "type", "pic", "vatNumber",
        "website", "expertise", "languages", "description", "contacts", "twinTown", "networks", "projectsCount",
        "coordinatedCount", "version"})
public record PartnerView(
        UUID id,
        String legalName,
        @Schema(nullable = true) String englishName,
        @Schema(nullable = true, description = "Null only for an imported organisation whose source gave no country")
        String country,
        @Schema(nullable = true) String region,
        @Schema(nullable = true) String city,
        OrganisationType type,
        @Schema(nullable = true) String pic,
        @Schema(nullable = true) String vatNumber,
        @Schema(nullable = true) String website,
        List<String> expertise,
        List<String> languages,
        @Schema(nullable = true) String description,
        @Schema(description = "Its contact persons: in the organisation's own view only, empty in the list and its CSV")
        List<PartnerContact> contacts,
        boolean twinTown,
        List<String> networks,
        @Schema(description = "EU projects in its cooperation history (e.g. from CORDIS)") int projectsCount,
        @Schema(description = "Of those, the ones it coordinated") int coordinatedCount,
        long version) {
}
