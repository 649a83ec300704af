package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.CurrencyConversion;
import se.sodertalje.euportal.programme.FlatRateLimit;
import se.sodertalje.euportal.programme.FlatRateType;
import se.sodertalje.euportal.programme.RuleSet;

/**
 * The budget rules of docs/domain.md ("Money rules"), each with a stable code:
 * <ul>
 * <li>BUDGET-001 a flat rate the call does not allow, or above its maximum;</li>
 * <li>BUDGET-002 two flat rates for office and administration (office on staff costs excludes
 * indirect costs on direct costs, and there is one indirect rate at most);</li>
 * <li>BUDGET-003 the 40 % rate on staff costs with any other flat rate;</li>
 * <li>BUDGET-004 a typed line in a category a flat rate stands for (a flat rate is derived, never typed);</li>
 * <li>BUDGET-005 a cost category the call does not allow;</li>
 * <li>BUDGET-006 an EU share above the call's (and programme's) maximum co-financing rate;</li>
 * <li>BUDGET-007 contributions that do not add up exactly to the partner's total minus the EU share;</li>
 * <li>BUDGET-008 a line of an organisation outside the partnership, or a partner plan missing or repeated;</li>
 * <li>BUDGET-009 a line without what its kind needs, or with negative or sub-cent amounts, or a
 * subcontract outside external expertise and services;</li>
 * <li>BUDGET-010 a line in another currency than the budget's without a planning rate, or a SEK
 * line where the programme takes costs in EUR only;</li>
 * <li>BUDGET-011 a period outside the project's reporting periods;</li>
 * <li>BUDGET-012 two lines with one id.</li>
 * </ul>
 */
public final class BudgetValidator {

    private static final Set<FlatRateType> OFFICE_RATES = EnumSet.of(FlatRateType.OFFICE_ON_STAFF_COSTS,
            FlatRateType.INDIRECT_ON_STAFF_COSTS, FlatRateType.INDIRECT_ON_DIRECT_COSTS,
            FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING);

    private BudgetValidator() {
    }

    /**
     * @param partnership the organisations of the application's partnership
     * @param periods how many reporting periods the project has
     */
    public static List<BudgetViolation> check(BudgetContent budget, RuleSet rules, Set<UUID> partnership, int periods) {
        return check(budget, BudgetCalculator.summarise(budget, periods), rules, partnership, periods);
    }

    /** The same with the budget's summary already computed (the contributions are checked against it). */
    public static List<BudgetViolation> check(BudgetContent budget, BudgetSummary summary, RuleSet rules,
            Set<UUID> partnership, int periods) {
        List<BudgetViolation> violations = new ArrayList<>();
        Map<UUID, Set<CostCategory>> covered = new HashMap<>();
        Set<UUID> planned = new HashSet<>();
        for (int i = 0; i < budget.partners().size(); i++) {
            PartnerPlan plan = budget.partners().get(i);
            String field = "partners[" + i + "]";
            if (!partnership.contains(plan.partnerId())) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_008, field + ".partnerId", null,
                        "the organisation is not in the application's partnership"));
            }
            if (!planned.add(plan.partnerId())) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_008, field + ".partnerId", null,
                        "the partner has a plan already"));
            }
            covered.put(plan.partnerId(), checkFlatRates(plan, rules, field, violations));
            checkCoFinancing(plan, rules, field, violations);
        }
        for (UUID member : partnership) {
            if (!planned.contains(member)) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_008, "partners", null,
                        "every partner of the partnership needs a plan; " + member + " has none"));
            }
        }
        checkLines(budget, rules, planned, covered, periods, violations);
        checkContributions(budget, summary, violations);
        return violations;
    }

    /** @return the categories the partner's flat rates stand for */
    private static Set<CostCategory> checkFlatRates(PartnerPlan plan, RuleSet rules, String field,
            List<BudgetViolation> violations) {
        Map<FlatRateType, BigDecimal> allowed = new EnumMap<>(FlatRateType.class);
        for (FlatRateLimit limit : rules.flatRates()) {
            allowed.put(limit.type(), limit.maxPercent());
        }
        Set<FlatRateType> chosen = EnumSet.noneOf(FlatRateType.class);
        for (int j = 0; j < plan.flatRates().size(); j++) {
            FlatRateChoice choice = plan.flatRates().get(j);
            String at = field + ".flatRates[" + j + "]";
            BigDecimal max = allowed.get(choice.type());
            if (!chosen.add(choice.type())) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_001, at + ".type", null, choice.type() + " is chosen twice"));
            } else if (max == null) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_001, at + ".type", null,
                        "the call does not allow the flat rate " + choice.type()));
            } else if (choice.percent().signum() <= 0 || choice.percent().compareTo(max) > 0) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_001, at + ".percent", null,
                        "must be above 0 and at most the call's " + max.toPlainString() + " %", Map.of("max", max)));
            }
        }
        if (chosen.contains(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS) && chosen.size() > 1) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_003, field + ".flatRates", null,
                    "the 40 % rate on staff costs covers all other costs and excludes every other flat rate"));
        } else if (chosen.stream().filter(OFFICE_RATES::contains).count() > 1) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_002, field + ".flatRates", null,
                    "office and administration can be covered by one flat rate only"));
        }
        Set<CostCategory> covered = EnumSet.noneOf(CostCategory.class);
        for (FlatRateType type : chosen) {
            switch (type) {
                case STAFF_ON_OTHER_DIRECT_COSTS -> covered.add(CostCategory.STAFF);
                case TRAVEL_ON_STAFF_COSTS -> covered.add(CostCategory.TRAVEL_ACCOMMODATION);
                case OFFICE_ON_STAFF_COSTS, INDIRECT_ON_STAFF_COSTS, INDIRECT_ON_DIRECT_COSTS,
                        INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING ->
                        covered.add(CostCategory.OFFICE_ADMINISTRATION);
                case OTHER_COSTS_ON_STAFF_COSTS -> {
                    covered.addAll(EnumSet.allOf(CostCategory.class));
                    covered.remove(CostCategory.STAFF);
                }
            }
        }
        return covered;
    }

    private static void checkCoFinancing(PartnerPlan plan, RuleSet rules, String field, List<BudgetViolation> violations) {
        if (plan.euRatePercent().signum() < 0 || plan.euRatePercent().compareTo(rules.maxCoFinancingPercent()) > 0
                || plan.euRatePercent().stripTrailingZeros().scale() > 2) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_006, field + ".euRatePercent", null, "must be between 0 and the "
                    + "call's maximum EU share of " + rules.maxCoFinancingPercent().toPlainString() + " %",
                    Map.of("max", rules.maxCoFinancingPercent())));
        }
        plan.contributions().forEach((source, amount) -> {
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_007, field + ".contributions." + source, null,
                        "must be 0 or more, to the cent"));
            }
        });
    }

    private static void checkLines(BudgetContent budget, RuleSet rules, Set<UUID> planned,
            Map<UUID, Set<CostCategory>> covered, int periods, List<BudgetViolation> violations) {
        Set<String> ids = new HashSet<>();
        boolean mixed = budget.sekPerEur() == null || budget.sekPerEur().signum() <= 0;
        for (int i = 0; i < budget.lines().size(); i++) {
            BudgetLine line = budget.lines().get(i);
            String at = "lines[" + i + "]";
            if (!ids.add(line.id())) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_012, at + ".id", line.id(), "another line has this id"));
            }
            if (!planned.contains(line.partnerId())) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_008, at + ".partnerId", line.id(),
                        "the line's partner has no plan in the budget"));
            }
            if (!rules.costCategories().contains(line.category())) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_005, at + ".category", line.id(),
                        "the call does not allow costs in " + line.category(), Map.of("category", line.category())));
            } else if (covered.getOrDefault(line.partnerId(), Set.of()).contains(line.category())) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_004, at + ".category", line.id(), "the partner's flat rate "
                        + "stands for " + line.category() + "; it is derived, not typed", Map.of("category", line.category())));
            }
            if (line.period() < 1 || line.period() > periods) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_011, at + ".period", line.id(),
                        "must be a reporting period from 1 to " + periods, Map.of("periods", periods)));
            }
            if (line.currency() != budget.currency()) {
                if (line.currency() == Currency.SEK && rules.currencyConversion() == CurrencyConversion.EUR_ONLY) {
                    violations.add(new BudgetViolation(ProblemCode.BUDGET_010, at + ".currency", line.id(),
                            "the programme takes costs in EUR only"));
                } else if (mixed) {
                    violations.add(new BudgetViolation(ProblemCode.BUDGET_010, at + ".currency", line.id(),
                            "state the budget's planning rate (sekPerEur) to convert " + line.currency(),
                            Map.of("currency", line.currency())));
                }
            }
            LineFields.check(line, at, violations);
        }
    }

    /** Each partner's contributions add up to its total minus its EU share, to the cent. */
    private static void checkContributions(BudgetContent budget, BudgetSummary summary, List<BudgetViolation> violations) {
        Map<UUID, BudgetSummary.PartnerTotals> byPartner = new HashMap<>();
        summary.partners().forEach(t -> byPartner.put(t.partnerId(), t));
        for (int i = 0; i < budget.partners().size(); i++) {
            PartnerPlan plan = budget.partners().get(i);
            BudgetSummary.PartnerTotals totals = byPartner.get(plan.partnerId());
            if (totals != null && totals.contributionsTotal().compareTo(totals.remainder()) != 0) {
                violations.add(new BudgetViolation(ProblemCode.BUDGET_007, "partners[" + i + "].contributions", null,
                        "must add up to " + totals.remainder().toPlainString() + " (the total "
                                + totals.total().toPlainString() + " minus the EU share " + totals.euShare().toPlainString()
                                + "), not " + totals.contributionsTotal().toPlainString(),
                        Map.of("required", totals.remainder(), "total", totals.total(), "euShare", totals.euShare(),
                                "actual", totals.contributionsTotal(),
                                "missing", totals.remainder().subtract(totals.contributionsTotal()))));
            }
        }
    }
}
