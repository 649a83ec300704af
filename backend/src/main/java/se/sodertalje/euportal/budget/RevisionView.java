package se.sodertalje.euportal.budget;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** A REVISED version's change request: its state and the advisor's decision. */
@Schema(name = "BudgetRevisionView", requiredProperties = {"state", "version", "comment", "decidedBy", "decidedAt"})
public record RevisionView(RevisionState state,
        @Schema(description = "The request's version: its ETag, for If-Match when deciding") long version,
        @Schema(nullable = true, description = "The advisor's comment with the decision") String comment,
        @Schema(nullable = true, implementation = Actor.class) Actor decidedBy,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant decidedAt) {

    static RevisionView of(BudgetRevision r) {
        return r == null ? null : new RevisionView(r.state, r.version, r.decisionComment,
                r.decidedBySubject == null ? null : new Actor(r.decidedBySubject, r.decidedByName), r.decidedAt);
    }
}
