package se.sodertalje.euportal.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's reporting schedule and what is due next. */
@Schema(requiredProperties = {"periods", "next", "finalReport", "finalReportDue"})
public record ScheduleView(
        List<PeriodView> periods,
        @Schema(nullable = true, implementation = PeriodView.class, description = "The earliest period with a report still to hand in") PeriodView next,
        @Schema(nullable = true, implementation = ReportRef.class) ReportRef finalReport,
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "The final report is due with the last period's reports") LocalDate finalReportDue) {
}
