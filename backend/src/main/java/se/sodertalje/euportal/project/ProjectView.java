package se.sodertalje.euportal.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(requiredProperties = {"id", "applicationId", "unitId", "unitCode", "unitName", "callId", "title", "acronym",
        "periodStart", "periodEnd", "grantedAmount", "status", "createdAt", "version"})
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
        Instant createdAt,
        long version) {
}
