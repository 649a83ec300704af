package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Compares two budget versions line by line: a line is the same line when it has the same id; it
 * changed when anything it says changed (its amount or what it is). Partners are compared by
 * their totals and EU shares.
 */
public final class BudgetDiff {

    private BudgetDiff() {
    }

    public static BudgetComparison compare(int fromNumber, BudgetContent from, int toNumber, BudgetContent to, int periods) {
        BudgetSummary a = BudgetCalculator.summarise(from, periods);
        BudgetSummary b = BudgetCalculator.summarise(to, periods);
        Map<String, BudgetLine> fromLines = byId(from.lines());
        Map<String, BudgetLine> toLines = byId(to.lines());
        Map<String, BigDecimal> fromAmounts = amounts(a);
        Map<String, BigDecimal> toAmounts = amounts(b);
        Set<String> ids = new LinkedHashSet<>(fromLines.keySet());
        ids.addAll(toLines.keySet());
        List<BudgetComparison.LineChange> lines = new ArrayList<>();
        for (String id : ids) {
            BudgetLine before = fromLines.get(id);
            BudgetLine after = toLines.get(id);
            BudgetLine shown = after != null ? after : before;
            BigDecimal fromAmount = fromAmounts.get(id);
            BigDecimal toAmount = toAmounts.get(id);
            BudgetComparison.Change change = before == null ? BudgetComparison.Change.ADDED
                    : after == null ? BudgetComparison.Change.REMOVED
                    : before.equals(after) ? BudgetComparison.Change.UNCHANGED : BudgetComparison.Change.CHANGED;
            BigDecimal difference = (toAmount == null ? Money.ZERO : toAmount)
                    .subtract(fromAmount == null ? Money.ZERO : fromAmount);
            lines.add(new BudgetComparison.LineChange(id, change, shown.partnerId(), shown.category(), shown.period(),
                    shown.description(), fromAmount, toAmount, difference));
        }
        Map<UUID, BudgetSummary.PartnerTotals> fromPartners = partners(a);
        Map<UUID, BudgetSummary.PartnerTotals> toPartners = partners(b);
        Set<UUID> partnerIds = new LinkedHashSet<>(fromPartners.keySet());
        partnerIds.addAll(toPartners.keySet());
        List<BudgetComparison.PartnerChange> partnerChanges = partnerIds.stream().map(id -> {
            BudgetSummary.PartnerTotals x = fromPartners.get(id);
            BudgetSummary.PartnerTotals y = toPartners.get(id);
            return new BudgetComparison.PartnerChange(id, x == null ? Money.ZERO : x.total(), y == null ? Money.ZERO : y.total(),
                    x == null ? Money.ZERO : x.euShare(), y == null ? Money.ZERO : y.euShare());
        }).toList();
        return new BudgetComparison(fromNumber, toNumber, lines, partnerChanges, a.total(), b.total(), a.euShare(),
                b.euShare());
    }

    private static Map<String, BudgetLine> byId(List<BudgetLine> lines) {
        Map<String, BudgetLine> byId = new LinkedHashMap<>();
        lines.forEach(l -> byId.putIfAbsent(l.id(), l));
        return byId;
    }

    private static Map<String, BigDecimal> amounts(BudgetSummary summary) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        summary.lines().forEach(l -> amounts.putIfAbsent(l.lineId(), l.amount()));
        return amounts;
    }

    private static Map<UUID, BudgetSummary.PartnerTotals> partners(BudgetSummary summary) {
        Map<UUID, BudgetSummary.PartnerTotals> byId = new LinkedHashMap<>();
        summary.partners().forEach(p -> byId.put(p.partnerId(), p));
        return byId;
    }
}
