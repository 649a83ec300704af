package se.sodertalje.euportal.budget;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a budget would come to, and what would be refused, without saving it. */
@Schema(requiredProperties = {"periods", "summary", "violations"})
public record BudgetPreview(int periods, BudgetSummary summary, List<BudgetViolation> violations) {
}
