package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FlatRateType;

/**
 * Derives a budget's figures from its typed lines (docs/domain.md, "Money rules"): each line in the
 * budget's currency, the flat rates, and the totals per partner, category and period with each
 * partner's co-financing. Flat rates are computed per partner and period on that cell's category
 * totals and rounded down to the cent; every total is a sum of those rounded amounts, so totals
 * always equal the sum of their parts. It computes whatever it is given; {@link BudgetValidator}
 * says what is wrong with it.
 */
public final class BudgetCalculator {

    private BudgetCalculator() {
    }

    public static BudgetSummary summarise(BudgetContent budget, int periods) {
        List<BudgetSummary.LineAmount> lineAmounts = new ArrayList<>(budget.lines().size());
        // partner → period → category → amount of the typed lines
        Map<UUID, Map<Integer, Map<BudgetCategory, BigDecimal>>> grid = new LinkedHashMap<>();
        // partner → period → amount of the subcontracted lines (outside Horizon's indirect base)
        Map<UUID, Map<Integer, BigDecimal>> subcontracted = new LinkedHashMap<>();
        budget.partners().forEach(p -> grid.put(p.partnerId(), new TreeMap<>()));
        for (BudgetLine line : budget.lines()) {
            BigDecimal amount = amountOf(line, budget.currency(), budget.sekPerEur());
            lineAmounts.add(new BudgetSummary.LineAmount(line.id(), amount));
            grid.computeIfAbsent(line.partnerId(), k -> new TreeMap<>())
                    .computeIfAbsent(line.period(), k -> new EnumMap<>(BudgetCategory.class))
                    .merge(BudgetCategory.of(line.category()), amount, BigDecimal::add);
            if (line.subcontracted()) {
                subcontracted.computeIfAbsent(line.partnerId(), k -> new TreeMap<>())
                        .merge(line.period(), amount, BigDecimal::add);
            }
        }
        Map<UUID, PartnerPlan> plans = new LinkedHashMap<>();
        budget.partners().forEach(p -> plans.put(p.partnerId(), p));

        List<BudgetSummary.FlatRateAmount> flatRates = new ArrayList<>();
        List<BudgetSummary.Cell> cells = new ArrayList<>();
        for (Map.Entry<UUID, Map<Integer, Map<BudgetCategory, BigDecimal>>> partner : grid.entrySet()) {
            PartnerPlan plan = plans.get(partner.getKey());
            for (Map.Entry<Integer, Map<BudgetCategory, BigDecimal>> period : partner.getValue().entrySet()) {
                Map<BudgetCategory, BigDecimal> cell = period.getValue();
                if (plan != null) {
                    BigDecimal subcontracts = subcontracted.getOrDefault(partner.getKey(), Map.of())
                            .getOrDefault(period.getKey(), BigDecimal.ZERO);
                    addFlatRates(partner.getKey(), period.getKey(), plan.flatRates(), cell, subcontracts, flatRates);
                }
                cell.forEach((category, amount) -> cells.add(new BudgetSummary.Cell(partner.getKey(), category,
                        period.getKey(), amount)));
            }
        }
        return Totals.of(budget, periods, lineAmounts, flatRates, cells, plans);
    }

    /** A typed line's amount in the budget's currency (zero where the line lacks what its kind needs). */
    static BigDecimal amountOf(BudgetLine line, Currency budgetCurrency, BigDecimal sekPerEur) {
        BigDecimal own = switch (line.kind()) {
            case REAL_COST -> line.amount() != null ? line.amount() : product(line.quantity(), line.unitPrice());
            case UNIT_COST -> product(line.quantity(), line.unitPrice());
            case LUMP_SUM -> line.amount() != null ? line.amount() : BigDecimal.ZERO;
            case STAFF_HOURLY -> staffCost(line);
        };
        if (line.currency() != budgetCurrency && (sekPerEur == null || sekPerEur.signum() <= 0)) {
            return Money.ZERO;
        }
        return Money.convert(own, line.currency(), budgetCurrency, sekPerEur);
    }

    private static BigDecimal staffCost(BudgetLine line) {
        if (line.hours() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal employment = line.employmentPercent() == null ? Money.HUNDRED : line.employmentPercent();
        if (employment.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        if (line.annualGrossCost() != null) {
            return StaffCost.fromAnnualCost(line.annualGrossCost(), employment, line.hours());
        }
        return line.monthlySalary() == null ? BigDecimal.ZERO
                : StaffCost.fromMonthlySalary(line.monthlySalary(), employment, line.hours());
    }

    private static BigDecimal product(BigDecimal quantity, BigDecimal price) {
        return quantity == null || price == null ? BigDecimal.ZERO : Money.halfUp(quantity.multiply(price));
    }

    /**
     * The flat rates of one partner-period cell, in the order their bases need: staff on the other
     * direct costs first (the staff rates build on it), then the rates on staff costs, then those
     * on all direct costs (Horizon's without the cell's subcontracts). Each amount joins the cell
     * under its category.
     */
    static void addFlatRates(UUID partner, int period, List<FlatRateChoice> choices, Map<BudgetCategory, BigDecimal> cell,
            BigDecimal subcontracts, List<BudgetSummary.FlatRateAmount> out) {
        Map<FlatRateType, BigDecimal> rates = new EnumMap<>(FlatRateType.class);
        choices.forEach(c -> rates.putIfAbsent(c.type(), c.percent()));
        apply(partner, period, FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, rates, otherDirect(cell), BudgetCategory.STAFF,
                cell, out);
        BigDecimal staff = cell.getOrDefault(BudgetCategory.STAFF, BigDecimal.ZERO);
        apply(partner, period, FlatRateType.TRAVEL_ON_STAFF_COSTS, rates, staff, BudgetCategory.TRAVEL_ACCOMMODATION,
                cell, out);
        apply(partner, period, FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, rates, staff,
                BudgetCategory.OTHER_COSTS_FLAT_RATE, cell, out);
        apply(partner, period, FlatRateType.OFFICE_ON_STAFF_COSTS, rates, staff, BudgetCategory.OFFICE_ADMINISTRATION,
                cell, out);
        apply(partner, period, FlatRateType.INDIRECT_ON_STAFF_COSTS, rates, staff, BudgetCategory.OFFICE_ADMINISTRATION,
                cell, out);
        apply(partner, period, FlatRateType.INDIRECT_ON_DIRECT_COSTS, rates, direct(cell),
                BudgetCategory.OFFICE_ADMINISTRATION, cell, out);
        apply(partner, period, FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING, rates,
                direct(cell).subtract(subcontracts), BudgetCategory.OFFICE_ADMINISTRATION, cell, out);
    }

    private static void apply(UUID partner, int period, FlatRateType type, Map<FlatRateType, BigDecimal> rates,
            BigDecimal base, BudgetCategory category, Map<BudgetCategory, BigDecimal> cell,
            List<BudgetSummary.FlatRateAmount> out) {
        BigDecimal percent = rates.get(type);
        if (percent == null) {
            return;
        }
        BigDecimal amount = Money.percentDown(base, percent);
        out.add(new BudgetSummary.FlatRateAmount(partner, period, type, category, base, percent, amount));
        cell.merge(category, amount, BigDecimal::add);
    }

    /** Direct costs other than staff: every category but staff and office and administration (indirect). */
    static BigDecimal otherDirect(Map<BudgetCategory, BigDecimal> cell) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostCategory category : CostCategory.values()) {
            if (category != CostCategory.STAFF && category != CostCategory.OFFICE_ADMINISTRATION) {
                sum = sum.add(cell.getOrDefault(BudgetCategory.of(category), BigDecimal.ZERO));
            }
        }
        return sum;
    }

    /** Eligible direct costs: staff and the other direct costs (office and administration are indirect). */
    static BigDecimal direct(Map<BudgetCategory, BigDecimal> cell) {
        return otherDirect(cell).add(cell.getOrDefault(BudgetCategory.STAFF, BigDecimal.ZERO));
    }
}
