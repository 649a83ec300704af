package se.sodertalje.euportal.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a report's workflow, with what that step records. */
@Schema(requiredProperties = {"action"})
public record ReportTransitionRequest(
        @NotNull ReportAction action,
        @Size(max = 4000) @Schema(nullable = true, description = "Required to RETURN (what to change) and to REOPEN (why)")
        String comment,
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "SEND_TO_FUNDER: the day it was sent") LocalDate sentOn,
        @Size(max = 100) @Schema(nullable = true, description = "SEND_TO_FUNDER: the funder's reference")
        String funderReference,
        @Schema(nullable = true, description = "ACCEPT, SEND_TO_FUNDER of a financial report with lines lacking "
                + "evidence: true to accept them anyway, with a comment saying why (REPORT-013 otherwise)")
        Boolean confirmMissingEvidence) {
}
