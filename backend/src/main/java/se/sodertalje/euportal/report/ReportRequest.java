package se.sodertalje.euportal.report;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new report: its kind, and for a progress or financial report its period. */
@Schema(requiredProperties = {"kind"})
public record ReportRequest(
        @NotNull ReportKind kind,
        @Min(1) @Schema(nullable = true, description = "PROGRESS and FINANCIAL: the period reported; FINAL: none")
        Integer periodNumber) {
}
