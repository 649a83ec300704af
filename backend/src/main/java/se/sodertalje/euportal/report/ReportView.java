package se.sodertalje.euportal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** A report as the API shows it. */
@Schema(requiredProperties = {"id", "projectId", "kind", "periodNumber", "status", "content", "indicators",
        "reportDue", "rateMonth", "unitsPerEur", "firstSubmittedAt", "reopenReason", "sentOn", "funderReference",
        "euClaimed", "paidAmount", "paidOn", "createdBy", "createdAt", "updatedAt", "allowedActions", "editable",
        "version"})
public record ReportView(
        UUID id,
        UUID projectId,
        ReportKind kind,
        @Schema(nullable = true) Integer periodNumber,
        ReportStatus status,
        ReportContent content,
        @Schema(description = "PROGRESS: the indicators with previous and cumulative values") List<IndicatorProgress> indicators,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate reportDue,
        @Schema(nullable = true, description = "FINANCIAL: the month whose rate was frozen at the first submission (YYYY-MM)")
        String rateMonth,
        @Schema(nullable = true, description = "FINANCIAL: the frozen rate, units of SEK per 1 EUR") BigDecimal unitsPerEur,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant firstSubmittedAt,
        @Schema(nullable = true, description = "Why an advisor last reopened it") String reopenReason,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate sentOn,
        @Schema(nullable = true) String funderReference,
        @Schema(nullable = true, description = "FINANCIAL: the EU amount claimed, frozen when sent to the funder")
        BigDecimal euClaimed,
        @Schema(nullable = true) BigDecimal paidAmount,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate paidOn,
        Actor createdBy,
        Instant createdAt,
        Instant updatedAt,
        List<ReportAction> allowedActions,
        @Schema(description = "Whether the caller may change its content now") boolean editable,
        long version) {
}
