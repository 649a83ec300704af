package se.sodertalje.euportal.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.report.ResultPart;

/**
 * A library entry as the caller may see it: a part the unit keeps internal is null for other units
 * and named in {@code hiddenParts}.
 */
@Schema(requiredProperties = {"id", "projectId", "unitId", "unitName", "title", "topics", "internalParts", "hiddenParts",
        "partners", "publishedAt", "editable", "version"})
public record ResultView(UUID id, UUID projectId, UUID unitId, String unitName,
        @Schema(nullable = true) UUID programmeId, @Schema(nullable = true) String programmeName,
        @Schema(nullable = true) String fund, String title, @Schema(nullable = true) String acronym,
        @Schema(nullable = true) String summary, List<String> topics,
        @Schema(nullable = true) String results, @Schema(nullable = true) String evaluation,
        @Schema(nullable = true) String dissemination, @Schema(nullable = true) String lessonsWorked,
        @Schema(nullable = true) String lessonsToAvoid, @Schema(nullable = true) String advice,
        @Schema(description = "The parts the unit keeps internal (visible to the unit and the International Office)")
        List<ResultPart> internalParts,
        @Schema(description = "The internal parts this caller does not see") List<ResultPart> hiddenParts,
        @Schema(nullable = true, description = "EU money granted") BigDecimal euAmount,
        @Schema(description = "Organisations in the partnership") int partners,
        @Schema(nullable = true) LocalDate periodStart, @Schema(nullable = true) LocalDate periodEnd,
        @Schema(nullable = true) Integer year, Instant publishedAt,
        @Schema(description = "Whether the caller may mark parts internal") boolean editable, long version) {
}
