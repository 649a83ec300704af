package se.sodertalje.euportal.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A frozen budget version with all it says and its figures. */
@Schema(name = "BudgetVersionDetail", requiredProperties = {"version", "content", "summary"})
public record VersionDetail(VersionView version, BudgetContent content, BudgetSummary summary) {
}
