package se.sodertalje.euportal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sodertalje.euportal.budget.Budgets.TARTU;
import static se.sodertalje.euportal.budget.Budgets.TURKU;
import static se.sodertalje.euportal.budget.Budgets.d;
import static se.sodertalje.euportal.budget.Budgets.eur;
import static se.sodertalje.euportal.budget.Budgets.plan;
import static se.sodertalje.euportal.budget.Budgets.rate;
import static se.sodertalje.euportal.budget.Budgets.real;
import static se.sodertalje.euportal.budget.Budgets.realIn;
import static se.sodertalje.euportal.budget.Budgets.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.CurrencyConversion;
import se.sodertalje.euportal.programme.FlatRateLimit;
import se.sodertalje.euportal.programme.FlatRateType;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundDefaults;
import se.sodertalje.euportal.programme.RuleSet;

/** One worked example per budget rule: what is refused, with its code and field. */
class BudgetValidatorTest {

    private static final RuleSet INTERREG = FundDefaults.rulesFor(Fund.INTERREG);

    /** Every violation, as "code field". */
    private static List<String> all(BudgetContent budget, RuleSet rules) {
        return BudgetValidator.check(budget, rules, Set.of(TURKU), 2).stream()
                .map(v -> v.code() + " " + v.field()).toList();
    }

    /** The violations but unfunded costs (BUDGET-007), which the examples of other rules do not care for. */
    private static List<String> codes(BudgetContent budget, RuleSet rules) {
        return all(budget, rules).stream().filter(c -> !c.startsWith("BUDGET-007")).toList();
    }

    private static List<String> codes(PartnerPlan plan, BudgetLine... lines) {
        return codes(eur(List.of(plan), lines), INTERREG);
    }

    @Test
    void aValidBudgetHasNoViolations() {
        assertEquals(List.of(), all(eur(List.of(plan(TURKU, "80", Budgets.own("2460.00"),
                rate(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, "20"), rate(FlatRateType.OFFICE_ON_STAFF_COSTS, "15"))),
                real("a", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "10000.00")), INTERREG));
    }

    @Test
    void aFlatRateMustBeAllowedAndWithinTheCallsMaximum() {
        assertEquals(List.of("BUDGET-001 partners[0].flatRates[0].percent"),
                codes(plan(TURKU, rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7.01"))));
        assertEquals(List.of("BUDGET-001 partners[0].flatRates[0].type"),
                codes(plan(TURKU, rate(FlatRateType.INDIRECT_ON_STAFF_COSTS, "15"))), "Interreg has no 15 % on staff");
        assertEquals(List.of("BUDGET-001 partners[0].flatRates[1].type"), codes(plan(TURKU,
                rate(FlatRateType.TRAVEL_ON_STAFF_COSTS, "10"), rate(FlatRateType.TRAVEL_ON_STAFF_COSTS, "15"))));
    }

    @Test
    void officeOnStaffCostsExcludesIndirectCostsOnDirectCosts() {
        assertEquals(List.of("BUDGET-002 partners[0].flatRates"), codes(plan(TURKU,
                rate(FlatRateType.OFFICE_ON_STAFF_COSTS, "15"), rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7"))));
    }

    @Test
    void theFortyPercentRateExcludesEveryOtherFlatRateAndTheCategoriesItCovers() {
        assertEquals(List.of("BUDGET-003 partners[0].flatRates"), codes(plan(TURKU,
                rate(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, "40"), rate(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, "20"))));
        assertEquals(List.of("BUDGET-004 lines[1].category"), codes(plan(TURKU,
                rate(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, "40")),
                real("s", TURKU, CostCategory.STAFF, 1, "1000.00"), real("t", TURKU, CostCategory.TRAVEL_ACCOMMODATION, 1, "5.00")));
    }

    @Test
    void aCategoryAFlatRateStandsForCannotBeTyped() {
        assertEquals(List.of("BUDGET-004 lines[0].category"), codes(plan(TURKU,
                rate(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, "20")), real("s", TURKU, CostCategory.STAFF, 1, "1000.00")));
        assertEquals(List.of("BUDGET-004 lines[0].category"), codes(plan(TURKU,
                rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7")),
                real("o", TURKU, CostCategory.OFFICE_ADMINISTRATION, 1, "100.00")));
    }

    @Test
    void onlyExternalExpertiseIsSubcontractedAndHorizonsRateIsTheOneIndirectRate() {
        BudgetLine staffSubcontract = new BudgetLine("s", TURKU, CostCategory.STAFF, 1, LineKind.REAL_COST, Currency.EUR,
                null, d("100.00"), null, null, null, null, null, null, true);
        assertEquals(List.of("BUDGET-009 lines[0].subcontracting"), codes(plan(TURKU), staffSubcontract));
        RuleSet horizon = FundDefaults.rulesFor(Fund.HORIZON_EUROPE);
        RuleSet both = new RuleSet(horizon.costCategories(), List.of(
                new FlatRateLimit(FlatRateType.INDIRECT_ON_DIRECT_COSTS, d("7")),
                new FlatRateLimit(FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING, d("25"))),
                horizon.maxCoFinancingPercent(), horizon.currencyConversion(), horizon.reportingPeriodMonths(),
                horizon.retentionYears(), horizon.stateAidRetentionYears(), null);
        assertEquals(List.of("BUDGET-002 partners[0].flatRates"), codes(eur(List.of(plan(TURKU,
                rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7"),
                rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING, "25")))), both));
    }

    @Test
    void aCategoryTheCallDoesNotAllowIsRefused() {
        RuleSet horizon = FundDefaults.rulesFor(Fund.HORIZON_EUROPE);
        assertEquals(List.of("BUDGET-005 lines[0].category"), codes(eur(List.of(plan(TURKU)),
                real("w", TURKU, CostCategory.INFRASTRUCTURE_WORKS, 1, "100.00")), horizon));
    }

    @Test
    void theEuShareMayReachTheCapButNotExceedIt() {
        // Stockholm ERDF: at most 40 %. 40 % of 123 456.78 = 49 382.71, so contributions 74 074.07.
        RuleSet erdf = FundDefaults.rulesFor(Fund.ERDF);
        BudgetLine cost = real("a", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "123456.78");
        assertEquals(List.of(), all(eur(List.of(plan(TURKU, "40", Budgets.own("74074.07"))), cost), erdf));
        assertEquals(List.of("BUDGET-006 partners[0].euRatePercent", "BUDGET-007 partners[0].contributions"),
                all(eur(List.of(plan(TURKU, "40.01", Budgets.own("74074.07"))), cost), erdf));
    }

    @Test
    void contributionsMustAddUpToTheCent() {
        RuleSet erdf = FundDefaults.rulesFor(Fund.ERDF);
        BudgetLine cost = real("a", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "123456.78");
        List<BudgetViolation> violations = BudgetValidator.check(eur(List.of(plan(TURKU, "40",
                Budgets.own("74074.06"))), cost), erdf, Set.of(TURKU), 1);
        assertEquals(1, violations.size());
        assertEquals("must add up to 74074.07 (the total 123456.78 minus the EU share 49382.71), not 74074.06",
                violations.get(0).message());
    }

    @Test
    void everyPartnerOfThePartnershipNeedsAPlanAndNoOtherMayHaveLines() {
        assertEquals(List.of("BUDGET-008 partners", "BUDGET-008 lines[0].partnerId"), BudgetValidator.check(eur(
                List.of(plan(TURKU)), real("x", TARTU, CostCategory.EQUIPMENT, 1, "1.00")), INTERREG,
                Set.of(TURKU, TARTU), 1).stream().map(v -> v.code() + " " + v.field()).toList());
    }

    @Test
    void aLineNeedsWhatItsKindNeeds() {
        assertEquals(List.of("BUDGET-009 lines[0].annualGrossCost"), codes(plan(TURKU),
                staff("s", "600000", "45000", null, "10")));
        assertEquals(List.of("BUDGET-009 lines[0].employmentPercent"), codes(plan(TURKU),
                staff("s", "600000", null, "120", "10")));
        assertEquals(List.of("BUDGET-009 lines[0].amount"), codes(plan(TURKU),
                real("a", TURKU, CostCategory.EQUIPMENT, 1, "10.005")));
        assertEquals(List.of("BUDGET-011 lines[0].period"), codes(plan(TURKU),
                real("a", TURKU, CostCategory.EQUIPMENT, 3, "10.00")));
        assertEquals(List.of("BUDGET-012 lines[1].id"), codes(plan(TURKU),
                real("a", TURKU, CostCategory.EQUIPMENT, 1, "1.00"), real("a", TURKU, CostCategory.EQUIPMENT, 2, "1.00")));
    }

    @Test
    void anotherCurrencyNeedsAPlanningRateAndSomeProgrammesTakeEurOnly() {
        assertEquals(List.of("BUDGET-010 lines[0].currency"), codes(plan(TURKU), realIn("s", Currency.SEK, "100.00")));
        RuleSet eurOnly = new RuleSet(EnumSet.allOf(CostCategory.class), List.<FlatRateLimit>of(), d("90"),
                CurrencyConversion.EUR_ONLY, 12, 5, 10, null);
        assertEquals(List.of("BUDGET-010 lines[0].currency"), codes(new BudgetContent(Currency.EUR, d("11.48"),
                List.of(plan(TURKU)), List.of(realIn("s", Currency.SEK, "100.00"))), eurOnly));
    }
}
