package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.readiness.ApplicationCheck;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.readiness.ReadinessItem.Section;

/**
 * The budget's part of an application's checklist: a budget with costs (BUDGET-017 when there is
 * none, or nothing in it) that keeps every budget rule (its BUDGET code and field otherwise). Without
 * a call the rules are unknown; the call's own item says so and the rules are checked once it is chosen.
 */
@ApplicationScoped
public class BudgetCheck implements ApplicationCheck {

    @Override
    public List<ReadinessItem> missing(Application application) {
        Budget budget = Budget.find("applicationId", application.id).firstResult();
        if (budget == null) {
            return List.of(ReadinessItem.blocking("BUDGET-017", "budget", Section.BUDGET,
                    "draw up the budget: the application goes on with its budget"));
        }
        if (application.callId == null) {
            return List.of();
        }
        BudgetFrame frame = BudgetFrame.of(application);
        List<ReadinessItem> items = new ArrayList<>(frame.check(budget.content).stream()
                .map(v -> ReadinessItem.blocking(v.code(), "budget." + v.field(), Section.BUDGET, v.message())).toList());
        if (BudgetCalculator.summarise(budget.content, frame.periods()).total().signum() == 0) {
            items.add(ReadinessItem.blocking("BUDGET-017", "budget.lines", Section.BUDGET, "the budget has no costs yet"));
        }
        return items;
    }

    @Override
    public int order() {
        return 2;
    }
}
