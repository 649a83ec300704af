package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** A frozen budget version in a list, with its headline figures. */
@Schema(name = "BudgetVersionView", requiredProperties = {"number", "kind", "reason", "createdBy", "createdAt", "total",
        "euShare", "request", "baseline"})
public record VersionView(int number, VersionKind kind, @Schema(nullable = true) String reason, Actor createdBy,
        Instant createdAt, BigDecimal total, BigDecimal euShare,
        @Schema(nullable = true, implementation = RevisionView.class, description = "A REVISED version's change request (proposed, approved or rejected); "
                + "null for the submitted and granted versions") RevisionView request,
        @Schema(description = "The version claims, exports and the portfolio count: the last submitted, granted or "
                + "approved revised one") boolean baseline) {
}
