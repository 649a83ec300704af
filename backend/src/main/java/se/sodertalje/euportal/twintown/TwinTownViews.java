package se.sodertalje.euportal.twintown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The views of twin towns, their activities, agreement and linked applications. */
public final class TwinTownViews {

    private TwinTownViews() {
    }

    @Schema(name = "TwinTownUnit", requiredProperties = {"id", "name"})
    public record UnitRef(UUID id, String name) {
    }

    @Schema(name = "TwinTownActivityView", requiredProperties = {"id", "kind", "title", "startsOn", "units", "version"})
    public record ActivityView(UUID id, ActivityKind kind, String title, LocalDate startsOn,
            @Schema(nullable = true) LocalDate endsOn, List<UnitRef> units, @Schema(nullable = true) String outcome,
            long version) {
    }

    @Schema(name = "TwinTownAgreementFile", requiredProperties = {"fileName", "mediaType", "sizeBytes", "sha256", "uploadedAt"})
    public record AgreementFile(String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
            @Schema(nullable = true) String uploadedByName) {
    }

    /** An application (and its project, once granted) with the twin town's organisation as a partner. */
    @Schema(name = "TwinTownApplication", requiredProperties = {"applicationId", "title", "status", "unitName", "role"})
    public record LinkedApplication(UUID applicationId, String title, String status, String unitName, String role,
            @Schema(nullable = true) UUID projectId, @Schema(nullable = true) String projectStatus) {
    }

    @Schema(name = "TwinTownView", requiredProperties = {"id", "organisationId", "organisationName", "country", "name",
            "agreementKind", "contacts", "activities", "applications", "version"})
    public record View(UUID id, UUID organisationId, String organisationName, String country,
            @Schema(nullable = true) String city, String name, AgreementKind agreementKind,
            @Schema(nullable = true) LocalDate signedOn, @Schema(nullable = true) LocalDate renewedOn,
            @Schema(nullable = true) String notes, List<TwinTownContact> contacts,
            @Schema(nullable = true, implementation = AgreementFile.class) AgreementFile agreement, List<ActivityView> activities,
            @Schema(description = "Applications and projects of the caller's reach with the organisation as partner")
            List<LinkedApplication> applications, long version) {
    }

    @Schema(name = "TwinTownListItem", requiredProperties = {"id", "name", "country", "agreementKind", "activities"})
    public record ListItem(UUID id, String name, String country, @Schema(nullable = true) String city,
            AgreementKind agreementKind, @Schema(nullable = true) LocalDate signedOn,
            @Schema(nullable = true) LocalDate renewedOn, long activities,
            @Schema(nullable = true) LocalDate lastActivityOn) {
    }
}
