package se.sodertalje.euportal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sodertalje.euportal.budget.Budgets.TURKU;
import static se.sodertalje.euportal.budget.Budgets.d;
import static se.sodertalje.euportal.budget.Budgets.eur;
import static se.sodertalje.euportal.budget.Budgets.lumpSum;
import static se.sodertalje.euportal.budget.Budgets.plan;
import static se.sodertalje.euportal.budget.Budgets.rate;
import static se.sodertalje.euportal.budget.Budgets.real;
import static se.sodertalje.euportal.budget.Budgets.realIn;
import static se.sodertalje.euportal.budget.Budgets.staff;
import static se.sodertalje.euportal.budget.Budgets.unitCost;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FlatRateType;

/** Worked examples of the money rules in docs/domain.md ("Rounding"), to the cent. */
class BudgetCalculatorTest {

    private static BigDecimal category(BudgetSummary summary, BudgetCategory category) {
        return summary.categories().stream().filter(c -> c.category() == category).findFirst()
                .map(BudgetSummary.CategoryTotal::amount).orElse(Money.ZERO);
    }

    private static BigDecimal flat(BudgetSummary summary, FlatRateType type) {
        return summary.flatRates().stream().filter(f -> f.type() == type).map(BudgetSummary.FlatRateAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void staffCostIsAnnualCostOver1720HoursTimesHoursRoundedOnceAtTheEnd() {
        assertEquals(d("34883.72"), StaffCost.fromAnnualCost(d("600000"), d("100"), d("100")));
        assertEquals(d("50232.56"), StaffCost.fromMonthlySalary(d("45000"), d("100"), d("160")),
                "45 000 × 12 / 1 720 × 160");
        assertEquals(d("69767.44"), StaffCost.fromAnnualCost(d("300000"), d("50"), d("200")),
                "half time: 300 000 / 860 × 200");
        // 517 000 / 1 720 = 300.5813…; × 7 = 2 104.0697… → 2 104.07. Rounding the rate first would give 2 104.06.
        assertEquals(d("2104.07"), StaffCost.fromAnnualCost(d("517000"), d("100"), d("7")));
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU)),
                staff("s1", "517000", null, null, "7"), staff("s2", null, "45000", "100", "160")), 1);
        assertEquals(d("52336.63"), summary.total());
    }

    @Test
    void horizonsIndirectRateLeavesTheSubcontractsOutOfItsBase() {
        BudgetLine subcontract = new BudgetLine("c", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, LineKind.REAL_COST,
                Currency.EUR, "Utvärdering, underentreprenad", d("2000.00"), null, null, null, null, null, null, true);
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING, "25"))),
                real("a", TURKU, CostCategory.STAFF, 1, "10000.00"),
                real("b", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "1333.33"), subcontract), 1);
        // 25 % of (13 333.33 − 2 000.00) = 2 833.3325 → 2 833.33; on all direct costs it would be 3 333.33
        assertEquals(d("2833.33"), flat(summary, FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING));
        assertEquals(d("11333.33"), summary.flatRates().get(0).base());
        assertEquals(d("16166.66"), summary.total());
    }

    @Test
    void indirectCostsOnDirectCostsRoundDown() {
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7"))),
                real("a", TURKU, CostCategory.STAFF, 1, "10000.00"),
                real("b", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "3333.33")), 1);
        // 7 % of 13 333.33 = 933.3331 → 933.33
        assertEquals(d("933.33"), flat(summary, FlatRateType.INDIRECT_ON_DIRECT_COSTS));
        assertEquals(d("933.33"), category(summary, BudgetCategory.OFFICE_ADMINISTRATION));
        assertEquals(d("14266.66"), summary.total());
    }

    @Test
    void indirectCostsOnStaffCostsRoundDownNotHalfUp() {
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.INDIRECT_ON_STAFF_COSTS, "15"))), real("a", TURKU, CostCategory.STAFF, 1, "33.33")), 1);
        // 15 % of 33.33 = 4.9995: down to 4.99, where half-up would say 5.00
        assertEquals(d("4.99"), flat(summary, FlatRateType.INDIRECT_ON_STAFF_COSTS));
    }

    @Test
    void staffOnOtherDirectCostsLeavesOfficeCostsOutOfItsBase() {
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, "20"))),
                real("a", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "10000.00"),
                real("b", TURKU, CostCategory.EQUIPMENT, 1, "2500.55"),
                real("c", TURKU, CostCategory.OFFICE_ADMINISTRATION, 1, "1000.00")), 1);
        // 20 % of 12 500.55 = 2 500.11
        assertEquals(d("2500.11"), category(summary, BudgetCategory.STAFF));
        assertEquals(d("12500.55"), summary.flatRates().get(0).base());
        assertEquals(d("16000.66"), summary.total());
    }

    @Test
    void ratesOnStaffCostsEachTakeTheStaffTotal() {
        BudgetLine staff = real("a", TURKU, CostCategory.STAFF, 1, "12345.67");
        BudgetSummary office = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.OFFICE_ON_STAFF_COSTS, "15"), rate(FlatRateType.TRAVEL_ON_STAFF_COSTS, "15"))), staff), 1);
        // 15 % of 12 345.67 = 1 851.8505 → 1 851.85, twice
        assertEquals(d("1851.85"), category(office, BudgetCategory.OFFICE_ADMINISTRATION));
        assertEquals(d("1851.85"), category(office, BudgetCategory.TRAVEL_ACCOMMODATION));
        assertEquals(d("16049.37"), office.total());
        BudgetSummary other = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, "40"))), staff), 1);
        // 40 % of 12 345.67 = 4 938.268 → 4 938.26
        assertEquals(d("4938.26"), category(other, BudgetCategory.OTHER_COSTS_FLAT_RATE));
        assertEquals(d("17283.93"), other.total());
    }

    @Test
    void aFlatStaffRateFeedsTheRatesOnStaffCosts() {
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, "20"), rate(FlatRateType.OFFICE_ON_STAFF_COSTS, "15"))),
                real("a", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "10000.00")), 1);
        assertEquals(d("2000.00"), category(summary, BudgetCategory.STAFF));
        assertEquals(d("300.00"), category(summary, BudgetCategory.OFFICE_ADMINISTRATION));
        assertEquals(d("12300.00"), summary.total());
    }

    @Test
    void flatRatesAreComputedPerPeriodOnThatPeriodsTotals() {
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU,
                rate(FlatRateType.INDIRECT_ON_STAFF_COSTS, "15"))),
                real("a", TURKU, CostCategory.STAFF, 1, "33.33"), real("b", TURKU, CostCategory.STAFF, 2, "33.33")), 2);
        // 4.99 + 4.99, not 15 % of 66.66 = 9.999 → 9.99
        assertEquals(d("9.98"), category(summary, BudgetCategory.OFFICE_ADMINISTRATION));
        assertEquals(List.of(d("38.32"), d("38.32")), summary.periodTotals().stream()
                .map(BudgetSummary.PeriodTotal::amount).toList());
    }

    @Test
    void unitCostsAndLumpSums() {
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU)),
                unitCost("u1", "37", "80.50"), unitCost("u2", "2.5", "1199.99"), lumpSum("l", "50000")), 1);
        // 37 × 80.50 = 2 978.50; 2.5 × 1 199.99 = 2 999.975 → 2 999.98
        assertEquals(List.of(d("2978.50"), d("2999.98"), d("50000.00")),
                summary.lines().stream().map(BudgetSummary.LineAmount::amount).toList());
        assertEquals(d("55978.48"), summary.total());
    }

    @Test
    void linesInTheOtherCurrencyAreConvertedAtThePlanningRatePerLine() {
        BudgetContent inEur = new BudgetContent(Currency.EUR, d("11.4830"), List.of(plan(TURKU)),
                List.of(realIn("sek", Currency.SEK, "10000.00"), realIn("sek2", Currency.SEK, "10000.00")));
        // 10 000 / 11.4830 = 870.8526… → 870.85 per line; the total is the sum of the rounded lines
        BudgetSummary summary = BudgetCalculator.summarise(inEur, 1);
        assertEquals(d("870.85"), summary.lines().get(0).amount());
        assertEquals(d("1741.70"), summary.total());
        BudgetContent inSek = new BudgetContent(Currency.SEK, d("11.4830"), List.of(plan(TURKU)),
                List.of(realIn("eur", Currency.EUR, "1000.00")));
        assertEquals(d("11483.00"), BudgetCalculator.summarise(inSek, 1).total());
    }

    @Test
    void theEuShareRoundsDownAndTheRemainderIsWhatContributionsMustCover() {
        BudgetSummary summary = BudgetCalculator.summarise(eur(List.of(plan(TURKU, "40", Budgets.own("74074.07"))),
                real("a", TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, "123456.78")), 1);
        // 40 % of 123 456.78 = 49 382.712 → 49 382.71; the rest 74 074.07
        BudgetSummary.PartnerTotals turku = summary.partners().get(0);
        assertEquals(d("49382.71"), turku.euShare());
        assertEquals(d("74074.07"), turku.remainder());
        assertEquals(d("74074.07"), turku.contributionsTotal());
        assertEquals(d("49382.71"), summary.euShare());
    }
}
