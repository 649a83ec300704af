package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** A frozen budget version in a list, with its headline figures. */
@Schema(name = "BudgetVersionView", requiredProperties = {"number", "kind", "reason", "createdBy", "createdAt", "total",
        "euShare"})
public record VersionView(int number, VersionKind kind, @Schema(nullable = true) String reason, Actor createdBy,
        Instant createdAt, BigDecimal total, BigDecimal euShare) {
}
