package se.sodertalje.euportal.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A library entry in a search answer, with the project's key figures and a visible lesson. */
@Schema(requiredProperties = {"id", "projectId", "unitId", "unitName", "title", "topics", "partners"})
public record ResultListItem(UUID id, UUID projectId, UUID unitId, String unitName,
        @Schema(nullable = true) String programmeName, @Schema(nullable = true) String fund, String title,
        @Schema(nullable = true) String acronym, List<String> topics,
        @Schema(nullable = true, description = "EU money granted") BigDecimal euAmount, int partners,
        @Schema(nullable = true) LocalDate periodStart, @Schema(nullable = true) LocalDate periodEnd,
        @Schema(nullable = true) Integer year,
        @Schema(nullable = true, description = "The first lesson the caller may see (advice, what worked, what to avoid)")
        String lesson,
        @Schema(nullable = true, description = "Relevance (search and similarity); null without a query") Double score) {
}
