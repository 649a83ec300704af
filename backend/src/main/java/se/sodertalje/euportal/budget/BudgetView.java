package se.sodertalje.euportal.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.programme.RuleSet;

/** An application's budget draft with its figures, the rules it is held to and what breaks them. */
@Schema(requiredProperties = {"id", "applicationId", "editable", "periods", "rules", "content", "summary", "violations",
        "updatedBy", "updatedAt", "version"})
public record BudgetView(
        UUID id,
        UUID applicationId,
        @Schema(description = "Whether the draft can still be changed (the application is a draft)") boolean editable,
        @Schema(description = "The project's reporting periods") int periods,
        @Schema(description = "The call's effective rules") RuleSet rules,
        BudgetContent content,
        BudgetSummary summary,
        @Schema(description = "What breaks the rules now: a saved draft was valid, but the partnership, the call or "
                + "the project period may have changed since")
        List<BudgetViolation> violations,
        Actor updatedBy,
        Instant updatedAt,
        long version) {

    /** The same figures without the lines (nor each line's amount): what a caller asking only for the summary gets. */
    public BudgetView withoutLines() {
        return new BudgetView(id, applicationId, editable, periods, rules,
                new BudgetContent(content.currency(), content.sekPerEur(), content.partners(), List.of()),
                new BudgetSummary(summary.currency(), summary.periods(), List.of(), summary.flatRates(), summary.cells(),
                        summary.partners(), summary.categories(), summary.periodTotals(), summary.total(),
                        summary.euShare(), summary.contributions()),
                violations, updatedBy, updatedAt, version);
    }
}
