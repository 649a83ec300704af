package se.sodertalje.euportal.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** One step of an application's timeline. */
@Schema(requiredProperties = {"action", "fromStatus", "toStatus", "comment", "actor", "at"})
public record TimelineEntry(TransitionAction action, ApplicationStatus fromStatus, ApplicationStatus toStatus,
        @Schema(nullable = true) String comment, Actor actor, Instant at) {

    static TimelineEntry of(ApplicationTransition t) {
        return new TimelineEntry(t.action, t.fromStatus, t.toStatus, t.comment, new Actor(t.actorSubject, t.actorName), t.at);
    }
}
