package se.sodertalje.euportal.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(requiredProperties = {"id", "applicationId", "unitId", "unitCode", "unitName", "callId", "title", "acronym",
        "periodStart", "periodEnd", "grantedAmount", "status", "stateAid", "lastPaymentOn", "closedOn", "retentionUntil",
        "allowedActions", "createdAt", "version"})
public record ProjectView(
        UUID id,
        UUID applicationId,
        UUID unitId,
        String unitCode,
        String unitName,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID callId,
        String title,
        @Schema(nullable = true) String acronym,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodStart,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodEnd,
        BigDecimal grantedAmount,
        ProjectStatus status,
        @Schema(description = "State aid applies: records are kept for the programme's state-aid years") boolean stateAid,
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "The funder's last payment, from the payments recorded on the claims") LocalDate lastPaymentOn,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate closedOn,
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "Records are kept until this day: set when the project closes") LocalDate retentionUntil,
        @Schema(description = "The lifecycle steps the caller may take now") List<ProjectAction> allowedActions,
        Instant createdAt,
        long version) {
}
