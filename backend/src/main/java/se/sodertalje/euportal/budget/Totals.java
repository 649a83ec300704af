package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Sums a budget's cells per partner, category and period, and each partner's co-financing. */
final class Totals {

    private Totals() {
    }

    static BudgetSummary of(BudgetContent budget, int periods, List<BudgetSummary.LineAmount> lines,
            List<BudgetSummary.FlatRateAmount> flatRates, List<BudgetSummary.Cell> cells, Map<UUID, PartnerPlan> plans) {
        Map<UUID, BigDecimal> byPartner = new java.util.LinkedHashMap<>();
        plans.keySet().forEach(id -> byPartner.put(id, Money.ZERO));
        Map<BudgetCategory, BigDecimal> byCategory = new EnumMap<>(BudgetCategory.class);
        Map<Integer, BigDecimal> byPeriod = new TreeMap<>();
        BigDecimal total = Money.ZERO;
        for (BudgetSummary.Cell cell : cells) {
            byPartner.merge(cell.partnerId(), cell.amount(), BigDecimal::add);
            byCategory.merge(cell.category(), cell.amount(), BigDecimal::add);
            byPeriod.merge(cell.period(), cell.amount(), BigDecimal::add);
            total = total.add(cell.amount());
        }
        List<BudgetSummary.PartnerTotals> partners = new ArrayList<>();
        Map<ContributionSource, BigDecimal> contributions = new EnumMap<>(ContributionSource.class);
        BigDecimal euShare = Money.ZERO;
        for (Map.Entry<UUID, BigDecimal> partner : byPartner.entrySet()) {
            PartnerPlan plan = plans.get(partner.getKey());
            BigDecimal partnerTotal = Money.halfUp(partner.getValue());
            BigDecimal rate = plan == null ? BigDecimal.ZERO : plan.euRatePercent();
            BigDecimal share = Money.percentDown(partnerTotal, rate);
            List<BudgetSummary.ContributionTotal> own = new ArrayList<>();
            BigDecimal ownTotal = Money.ZERO;
            if (plan != null) {
                for (Map.Entry<ContributionSource, BigDecimal> c : new TreeMap<>(plan.contributions()).entrySet()) {
                    own.add(new BudgetSummary.ContributionTotal(c.getKey(), Money.halfUp(c.getValue())));
                    ownTotal = ownTotal.add(c.getValue());
                    contributions.merge(c.getKey(), c.getValue(), BigDecimal::add);
                }
            }
            euShare = euShare.add(share);
            partners.add(new BudgetSummary.PartnerTotals(partner.getKey(), partnerTotal, rate, share,
                    partnerTotal.subtract(share), own, Money.halfUp(ownTotal)));
        }
        return new BudgetSummary(budget.currency(), periods, lines, flatRates, cells, partners,
                byCategory.entrySet().stream().map(e -> new BudgetSummary.CategoryTotal(e.getKey(), Money.halfUp(e.getValue())))
                        .toList(),
                byPeriod.entrySet().stream().map(e -> new BudgetSummary.PeriodTotal(e.getKey(), Money.halfUp(e.getValue())))
                        .toList(),
                Money.halfUp(total), euShare, contributions.entrySet().stream()
                        .map(e -> new BudgetSummary.ContributionTotal(e.getKey(), Money.halfUp(e.getValue()))).toList());
    }
}
