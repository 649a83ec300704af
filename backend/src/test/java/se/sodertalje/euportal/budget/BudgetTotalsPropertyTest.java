package se.sodertalje.euportal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FlatRateType;

/**
 * Properties that hold for any budget, checked on 500 random ones (a fixed seed, so a failure
 * repeats): every grouping of the cells adds up to the total, each flat rate is at most its
 * percentage of its base, and no partner's EU share exceeds its rate.
 */
class BudgetTotalsPropertyTest {

    private static final List<List<FlatRateType>> COMBINATIONS = List.of(List.of(),
            List.of(FlatRateType.INDIRECT_ON_DIRECT_COSTS), List.of(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS),
            List.of(FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING),
            List.of(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, FlatRateType.OFFICE_ON_STAFF_COSTS,
                    FlatRateType.TRAVEL_ON_STAFF_COSTS),
            List.of(FlatRateType.INDIRECT_ON_STAFF_COSTS, FlatRateType.TRAVEL_ON_STAFF_COSTS));

    @Test
    void totalsShouldEqualTheSumOfTheirPartsInEveryGrouping() {
        Random random = new Random(20261126);
        for (int run = 0; run < 500; run++) {
            BudgetContent budget = randomBudget(random);
            BudgetSummary s = BudgetCalculator.summarise(budget, 6);
            BigDecimal total = s.total();
            assertEquals(total, sum(s.cells(), BudgetSummary.Cell::amount), "cells, run " + run);
            assertEquals(total, sum(s.partners(), BudgetSummary.PartnerTotals::total), "partners, run " + run);
            assertEquals(total, sum(s.categories(), BudgetSummary.CategoryTotal::amount), "categories, run " + run);
            assertEquals(total, sum(s.periodTotals(), BudgetSummary.PeriodTotal::amount), "periods, run " + run);
            BigDecimal typed = sum(s.lines(), BudgetSummary.LineAmount::amount);
            BigDecimal flat = sum(s.flatRates(), BudgetSummary.FlatRateAmount::amount);
            assertEquals(total, typed.add(flat), "lines and flat rates, run " + run);
            for (BudgetSummary.FlatRateAmount f : s.flatRates()) {
                BigDecimal exact = f.base().multiply(f.percent()).divide(Money.HUNDRED);
                assertTrue(f.amount().compareTo(exact) <= 0 && exact.subtract(f.amount()).compareTo(new BigDecimal("0.01")) < 0,
                        "rounded down to the cent, run " + run);
            }
            Map<UUID, BigDecimal> rates = new HashMap<>();
            budget.partners().forEach(p -> rates.put(p.partnerId(), p.euRatePercent()));
            for (BudgetSummary.PartnerTotals p : s.partners()) {
                assertTrue(p.euShare().multiply(Money.HUNDRED).compareTo(p.total().multiply(rates.get(p.partnerId()))) <= 0);
                assertEquals(p.total(), p.euShare().add(p.remainder()));
                BigDecimal cells = sum(s.cells().stream().filter(c -> c.partnerId().equals(p.partnerId())).toList(),
                        BudgetSummary.Cell::amount);
                assertEquals(p.total(), cells, "a partner's cells, run " + run);
            }
        }
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static BudgetContent randomBudget(Random random) {
        int partners = 1 + random.nextInt(4);
        List<PartnerPlan> plans = new ArrayList<>();
        List<BudgetLine> lines = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            UUID id = new UUID(0, p + 1);
            List<FlatRateChoice> rates = COMBINATIONS.get(random.nextInt(COMBINATIONS.size())).stream()
                    .map(t -> new FlatRateChoice(t, new BigDecimal(1 + random.nextInt(t.legalMaxPercent().intValue()))
                            .add(new BigDecimal(random.nextInt(100)).movePointLeft(2)).min(t.legalMaxPercent())))
                    .toList();
            plans.add(new PartnerPlan(id, rates, new BigDecimal(random.nextInt(8001)).movePointLeft(2),
                    new EnumMap<>(ContributionSource.class)));
            int count = random.nextInt(40);
            for (int l = 0; l < count; l++) {
                lines.add(randomLine(random, id, p + "-" + l));
            }
        }
        return new BudgetContent(Currency.EUR, new BigDecimal("11.4830"), plans, lines);
    }

    private static BudgetLine randomLine(Random random, UUID partner, String id) {
        CostCategory category = CostCategory.values()[random.nextInt(CostCategory.values().length)];
        int period = 1 + random.nextInt(6);
        Currency currency = random.nextBoolean() ? Currency.EUR : Currency.SEK;
        BigDecimal money = new BigDecimal(random.nextInt(10_000_000)).movePointLeft(2);
        LineKind kind = LineKind.values()[random.nextInt(LineKind.values().length)];
        return switch (kind) {
            case REAL_COST, LUMP_SUM -> new BudgetLine(id, partner, category, period, kind, currency, null, money, null, null,
                    null, null, null, null, category == CostCategory.EXTERNAL_EXPERTISE && random.nextBoolean());
            case UNIT_COST -> new BudgetLine(id, partner, category, period, kind, currency, null, null,
                    new BigDecimal(random.nextInt(500)).movePointLeft(1), money, null, null, null, null, null);
            case STAFF_HOURLY -> new BudgetLine(id, partner, CostCategory.STAFF, period, kind, currency, null, null, null,
                    null, money.multiply(BigDecimal.TEN), null, new BigDecimal(10 + random.nextInt(91)),
                    new BigDecimal(random.nextInt(800)), null);
        };
    }
}
