package se.sodertalje.euportal.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting period with its deadline and its two reports. */
@Schema(requiredProperties = {"number", "startsOn", "endsOn", "reportDue", "progress", "financial", "outstanding",
        "version"})
public record PeriodView(
        int number,
        @Schema(implementation = String.class, format = "date") LocalDate startsOn,
        @Schema(implementation = String.class, format = "date") LocalDate endsOn,
        @Schema(implementation = String.class, format = "date") LocalDate reportDue,
        @Schema(nullable = true, implementation = ReportRef.class) ReportRef progress,
        @Schema(nullable = true, implementation = ReportRef.class) ReportRef financial,
        @Schema(description = "A progress or financial report of the period is not handed in yet") boolean outstanding,
        long version) {
}
