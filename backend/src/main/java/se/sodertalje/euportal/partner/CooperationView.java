package se.sodertalje.euportal.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.partner.search.SearchStatus;

/** An organisation's history: with the municipality (applications, searches) and in EU projects. */
@Schema(requiredProperties = {"applications", "searches", "projects"})
public record CooperationView(List<Partnership> applications, List<SearchMatch> searches, List<ProjectParticipation> projects) {

    /** An application it is (or was) a partner in. */
    @Schema(name = "CooperationApplication", requiredProperties = {"applicationId", "title", "acronym", "status", "unitCode",
            "role", "projectId"})
    public record Partnership(UUID applicationId, String title, @Schema(nullable = true) String acronym,
            ApplicationStatus status, String unitCode, PartnerRole role,
            @Schema(nullable = true, implementation = String.class, format = "uuid",
                    description = "The project the application became, if granted") UUID projectId) {
    }

    /** A partner search it matches or answered. */
    @Schema(name = "CooperationSearch", requiredProperties = {"searchId", "title", "unitCode", "status", "matches",
            "expressedInterest"})
    public record SearchMatch(UUID searchId, String title, String unitCode, SearchStatus status,
            @Schema(description = "Its register entry matches the search's topic and criteria") boolean matches,
            boolean expressedInterest) {
    }

    /** A project in its EU cooperation history (from CORDIS). */
    @Schema(name = "CooperationProject", requiredProperties = {"source", "projectRef", "acronym", "role", "programme",
            "topicCode", "topic", "startDate", "endDate", "euContribution"})
    public record ProjectParticipation(String source, String projectRef, @Schema(nullable = true) String acronym,
            @Schema(nullable = true) String role, @Schema(nullable = true) String programme,
            @Schema(nullable = true) String topicCode, @Schema(nullable = true) String topic,
            @Schema(nullable = true, implementation = String.class, format = "date") LocalDate startDate,
            @Schema(nullable = true, implementation = String.class, format = "date") LocalDate endDate,
            @Schema(nullable = true) BigDecimal euContribution) {
    }
}
