package se.sodertalje.euportal.idea;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** A project idea as the API shows it; {@code screening} is null until the screening is recorded. */
@Schema(requiredProperties = {"id", "unitId", "unitCode", "unitName", "title", "description", "estimatedCost",
        "startDate", "endDate", "status", "createdBy", "createdAt", "closedAt", "screening", "version"})
public record IdeaView(
        UUID id,
        UUID unitId,
        String unitCode,
        String unitName,
        String title,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "SEK") BigDecimal estimatedCost,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate startDate,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate endDate,
        IdeaStatus status,
        Actor createdBy,
        Instant createdAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant closedAt,
        @Schema(nullable = true, implementation = ScreeningView.class) ScreeningView screening,
        long version) {
}
