package se.sodertalje.euportal.report;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report named in a schedule: which one and how far it has come. */
@Schema(requiredProperties = {"id", "status"})
public record ReportRef(UUID id, ReportStatus status) {

    static ReportRef of(ProjectReport report) {
        return report == null ? null : new ReportRef(report.id, report.status);
    }

    /** Handed in: submitted, accepted or sent (a draft or a returned report is still to do). */
    static boolean handedIn(ProjectReport report) {
        return report != null && !ReportWorkflow.isEditable(report.status);
    }
}
