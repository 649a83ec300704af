package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.programme.CostCategory;

/** What a project's reports and claims ask of its budget: the version they are measured against, and the claim check. */
@ApplicationScoped
public class BudgetForClaims {

    private static final Set<String> CLAIM_CODES = Set.of(ProblemCode.BUDGET_004.code(), ProblemCode.BUDGET_005.code(),
            ProblemCode.BUDGET_008.code());

    /**
     * What a project's claims are measured against: the budget's last version that counts (granted,
     * adjusted to the grant or an approved revision; a proposed or rejected revision never), else its
     * draft; null when the application has no budget.
     */
    public BudgetContent current(UUID applicationId) {
        Budget budget = Budget.find("applicationId", applicationId).firstResult();
        if (budget == null) {
            return null;
        }
        BudgetVersion last = BudgetVersion.lastCounting(budget.id);
        return last == null ? budget.content : last.content;
    }

    /**
     * The budget rules a claimed cost must meet (the same as a budget line's): its organisation in
     * the partnership with a plan (BUDGET-008), a category the call allows (BUDGET-005) and not one a
     * flat rate of its partner stands for (BUDGET-004).
     */
    public List<BudgetViolation> checkClaimedCost(Application application, BudgetContent budget, UUID partnerId,
            CostCategory category) {
        BudgetFrame frame = BudgetFrame.of(application);
        BudgetLine line = new BudgetLine("claimed", partnerId, category, 1, LineKind.REAL_COST, budget.currency(), null,
                BigDecimal.ONE, null, null, null, null, null, null, null);
        List<PartnerPlan> plans = budget.partners().stream()
                .map(p -> new PartnerPlan(p.partnerId(), p.flatRates(), p.euRatePercent(), Map.of())).toList();
        return BudgetValidator.check(new BudgetContent(budget.currency(), budget.sekPerEur(), plans, List.of(line)),
                frame.rules(), frame.partnership(), 1).stream()
                .filter(v -> v.field().startsWith("lines[0]") && CLAIM_CODES.contains(v.code())).toList();
    }
}
