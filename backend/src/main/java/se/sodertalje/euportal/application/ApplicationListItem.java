package se.sodertalje.euportal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/**
 * An application as lists show it: what identifies it, where it stands and its call's deadline;
 * without the texts and work packages of its content (GET /applications/{id} has those), so that a
 * page of twenty reads twenty narrow rows.
 */
@Schema(requiredProperties = {"id", "unitId", "unitCode", "unitName", "callId", "callIdentifier", "callTitle", "ideaId",
        "title", "acronym", "periodStart", "periodEnd", "status", "internalStatus", "funderReference", "submittedOn",
        "decisionOn", "grantedAmount", "allowedActions", "createdBy", "createdAt", "version"})
public record ApplicationListItem(
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
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodStart,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodEnd,
        ApplicationStatus status,
        @Schema(nullable = true) String internalStatus,
        @Schema(nullable = true) String funderReference,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate submittedOn,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate decisionOn,
        @Schema(nullable = true) BigDecimal grantedAmount,
        List<TransitionAction> allowedActions,
        Actor createdBy,
        Instant createdAt,
        long version) {
}
