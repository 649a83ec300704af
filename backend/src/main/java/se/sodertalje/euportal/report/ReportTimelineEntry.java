package se.sodertalje.euportal.report;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** One step of a report's timeline. */
@Schema(requiredProperties = {"action", "fromStatus", "toStatus", "comment", "actor", "at", "linesWithoutEvidence"})
public record ReportTimelineEntry(ReportAction action, ReportStatus fromStatus, ReportStatus toStatus,
        @Schema(nullable = true) String comment, Actor actor, Instant at,
        @Schema(nullable = true, description = "Lines the advisor confirmed without evidence in this step (the comment "
                + "says why)") Integer linesWithoutEvidence) {

    static ReportTimelineEntry of(ReportTransition t) {
        return new ReportTimelineEntry(t.action, t.fromStatus, t.toStatus, t.comment, new Actor(t.actorSubject, t.actorName),
                t.at, t.linesWithoutEvidence);
    }
}
