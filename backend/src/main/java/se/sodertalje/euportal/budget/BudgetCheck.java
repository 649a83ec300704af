package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.readiness.ApplicationCheck;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.CallsOfApplications;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.readiness.ReadinessItem.Section;

/**
 * The budget's part of an application's checklist: a budget with costs (BUDGET-017 when there is
 * none, or nothing in it) that keeps every budget rule (its BUDGET code and field otherwise). Without
 * a call the rules are unknown; the call's own item says so and the rules are checked once it is chosen.
 * Many applications are checked with two statements: their budgets and their partner organisations.
 */
@ApplicationScoped
public class BudgetCheck implements ApplicationCheck {

    @Override
    public Map<UUID, List<ReadinessItem>> missing(List<Application> applications, CallsOfApplications calls) {
        Map<UUID, List<ReadinessItem>> missing = new HashMap<>();
        if (applications.isEmpty()) {
            return missing;
        }
        List<UUID> ids = applications.stream().map(a -> a.id).toList();
        Map<UUID, Budget> budgets = new HashMap<>();
        Budget.<Budget>list("applicationId in ?1", ids).forEach(b -> budgets.putIfAbsent(b.applicationId, b));
        Map<UUID, Set<UUID>> partnerships = new HashMap<>();
        ApplicationPartner.<ApplicationPartner>list("applicationId in ?1", ids)
                .forEach(p -> partnerships.computeIfAbsent(p.applicationId, k -> new HashSet<>()).add(p.organisationId));
        for (Application application : applications) {
            CallsOfApplications.CallAndRules call = calls.get(application.callId);
            missing.put(application.id, missing(application, budgets.get(application.id), call,
                    partnerships.getOrDefault(application.id, new HashSet<>())));
        }
        return missing;
    }

    private static List<ReadinessItem> missing(Application application, Budget budget,
            CallsOfApplications.CallAndRules call, Set<UUID> partnership) {
        if (budget == null) {
            return List.of(ReadinessItem.blocking(ProblemCode.BUDGET_017, "budget", Section.BUDGET,
                    "draw up the budget: the application goes on with its budget"));
        }
        if (application.callId == null || call == null) {
            return List.of();
        }
        BudgetFrame frame = BudgetFrame.of(application, call.rules(), partnership);
        List<ReadinessItem> items = new ArrayList<>(frame.check(budget.content).stream()
                .map(v -> ReadinessItem.blocking(ProblemCode.of(v.code()), "budget." + v.field(), Section.BUDGET, v.message())).toList());
        if (BudgetCalculator.summarise(budget.content, frame.periods()).total().signum() == 0) {
            items.add(ReadinessItem.blocking(ProblemCode.BUDGET_017, "budget.lines", Section.BUDGET, "the budget has no costs yet"));
        }
        return items;
    }

    @Override
    public int order() {
        return 2;
    }
}
