package se.sodertalje.euportal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** An application as the API shows it, with the workflow actions the caller may take now. */
@Schema(requiredProperties = {"id", "unitId", "unitCode", "unitName", "callId", "callIdentifier", "callTitle", "ideaId",
        "title", "acronym", "summary", "objectives", "workPackages", "periodStart", "periodEnd", "status",
        "internalStatus", "funderReference", "submittedOn", "decisionOn", "grantedAmount", "rejectionReason",
        "allowedActions", "createdBy", "createdAt", "version"})
public record ApplicationView(
        UUID id,
        UUID unitId,
        String unitCode,
        String unitName,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID callId,
        @Schema(nullable = true) String callIdentifier,
        @Schema(nullable = true) String callTitle,
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "The call's deadline, in the call's time zone") OffsetDateTime callClosesAt,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID ideaId,
        String title,
        @Schema(nullable = true) String acronym,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true) String objectives,
        List<WorkPackage> workPackages,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodStart,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodEnd,
        ApplicationStatus status,
        @Schema(nullable = true) String internalStatus,
        @Schema(nullable = true) String funderReference,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate submittedOn,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate decisionOn,
        @Schema(nullable = true) BigDecimal grantedAmount,
        @Schema(nullable = true) String rejectionReason,
        List<TransitionAction> allowedActions,
        Actor createdBy,
        Instant createdAt,
        long version) {
}
