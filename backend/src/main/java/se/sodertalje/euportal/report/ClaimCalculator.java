package se.sodertalje.euportal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.sodertalje.euportal.budget.BudgetCalculator;
import se.sodertalje.euportal.budget.BudgetCategory;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetLine;
import se.sodertalje.euportal.budget.BudgetSummary;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.LineKind;
import se.sodertalje.euportal.budget.Money;
import se.sodertalje.euportal.budget.PartnerPlan;

/**
 * A payment claim's figures under the money rules of docs/domain.md, with the budget's own calculator:
 * each claim's eligible lines (recoverable VAT left out) go in the period of their report, converted
 * line by line (half-up) into the granted budget's currency; each partner's granted flat rates are
 * derived on that period's category totals (rounded down), and the EU amount claimed is each
 * partner's total of the claim × its granted EU rate, rounded down. Claimed so far is compared with
 * the granted budget per category and per partner and category; anything beyond is an overspend
 * warning (warned, not refused: programmes allow some flexibility between categories).
 */
public final class ClaimCalculator {

    private ClaimCalculator() {
    }

    /**
     * @param period this report's period
     * @param claims the lines of this claim and of the project's earlier claims, by period
     * @param granted the granted budget (its plans give the flat rates and EU rates)
     * @param unitsPerEur SEK per EUR (the report's frozen rate, or this month's), or null
     */
    public static ClaimSummary summarise(int period, Map<Integer, List<ClaimLine>> claims, BudgetContent granted,
            BigDecimal unitsPerEur) {
        Currency currency = granted.currency();
        List<PartnerPlan> plans = granted.partners().stream()
                .map(p -> new PartnerPlan(p.partnerId(), p.flatRates(), p.euRatePercent(), Map.of())).toList();
        List<BudgetLine> lines = new ArrayList<>();
        boolean rateMissing = false;
        BigDecimal linesEur = Money.ZERO;
        int periods = period;
        for (Map.Entry<Integer, List<ClaimLine>> claim : claims.entrySet()) {
            periods = Math.max(periods, claim.getKey());
            for (ClaimLine line : claim.getValue()) {
                rateMissing |= line.currency() != currency && unitsPerEur == null;
                lines.add(new BudgetLine(line.id(), line.partnerId(), line.category(), claim.getKey(), LineKind.REAL_COST,
                        line.currency(), null, line.eligible(), null, null, null, null, null, null, null));
                if (claim.getKey() == period && linesEur != null) {
                    linesEur = line.currency() == Currency.EUR ? linesEur.add(Money.halfUp(line.eligible()))
                            : unitsPerEur == null ? null
                            : linesEur.add(Money.convert(line.eligible(), Currency.SEK, Currency.EUR, unitsPerEur));
                }
            }
        }
        BudgetSummary claimed = BudgetCalculator.summarise(new BudgetContent(currency, unitsPerEur, plans, lines), periods);
        BudgetSummary budget = BudgetCalculator.summarise(granted, 1);

        Map<BudgetCategory, BigDecimal[]> byCategory = new EnumMap<>(BudgetCategory.class); // {granted, before, this}
        Map<UUID, Map<BudgetCategory, BigDecimal[]>> byPartner = new LinkedHashMap<>();
        for (BudgetSummary.Cell cell : budget.cells()) {
            add(byCategory, cell.category(), 0, cell.amount());
            add(byPartner.computeIfAbsent(cell.partnerId(), k -> new EnumMap<>(BudgetCategory.class)), cell.category(), 0,
                    cell.amount());
        }
        for (BudgetSummary.Cell cell : claimed.cells()) {
            int column = cell.period() == period ? 2 : 1;
            add(byCategory, cell.category(), column, cell.amount());
            add(byPartner.computeIfAbsent(cell.partnerId(), k -> new EnumMap<>(BudgetCategory.class)), cell.category(), column,
                    cell.amount());
        }

        List<ClaimSummary.CategoryRow> categories = new ArrayList<>();
        List<ClaimSummary.Overspend> warnings = new ArrayList<>();
        BigDecimal thisTotal = Money.ZERO;
        BigDecimal flatRatesThis = Money.ZERO;
        for (Map.Entry<BudgetCategory, BigDecimal[]> row : byCategory.entrySet()) {
            BigDecimal[] a = row.getValue();
            BigDecimal cumulative = a[1].add(a[2]);
            categories.add(new ClaimSummary.CategoryRow(row.getKey(), a[0], a[1], a[2], cumulative, a[0].subtract(cumulative)));
            thisTotal = thisTotal.add(a[2]);
            if (cumulative.compareTo(a[0]) > 0) {
                warnings.add(new ClaimSummary.Overspend(null, row.getKey(), a[0], cumulative, cumulative.subtract(a[0])));
            }
        }
        for (BudgetSummary.FlatRateAmount rate : claimed.flatRates()) {
            if (rate.period() == period) {
                flatRatesThis = flatRatesThis.add(rate.amount());
            }
        }

        Map<UUID, BigDecimal> euRates = new LinkedHashMap<>();
        plans.forEach(p -> euRates.put(p.partnerId(), p.euRatePercent()));
        List<ClaimSummary.PartnerRow> partners = new ArrayList<>();
        BigDecimal euClaimed = Money.ZERO;
        for (Map.Entry<UUID, Map<BudgetCategory, BigDecimal[]>> partner : byPartner.entrySet()) {
            BigDecimal granted0 = Money.ZERO;
            BigDecimal this0 = Money.ZERO;
            BigDecimal cumulative0 = Money.ZERO;
            for (Map.Entry<BudgetCategory, BigDecimal[]> row : partner.getValue().entrySet()) {
                BigDecimal[] a = row.getValue();
                BigDecimal cumulative = a[1].add(a[2]);
                granted0 = granted0.add(a[0]);
                this0 = this0.add(a[2]);
                cumulative0 = cumulative0.add(cumulative);
                if (cumulative.compareTo(a[0]) > 0) {
                    warnings.add(new ClaimSummary.Overspend(partner.getKey(), row.getKey(), a[0], cumulative,
                            cumulative.subtract(a[0])));
                }
            }
            BigDecimal share = Money.percentDown(this0, euRates.getOrDefault(partner.getKey(), BigDecimal.ZERO));
            euClaimed = euClaimed.add(share);
            partners.add(new ClaimSummary.PartnerRow(partner.getKey(), granted0, this0, cumulative0, share));
        }

        BigDecimal eur = currency == Currency.EUR ? thisTotal
                : linesEur == null || unitsPerEur == null ? null
                : linesEur.add(Money.convert(flatRatesThis, Currency.SEK, Currency.EUR, unitsPerEur));
        return new ClaimSummary(currency, categories, partners, warnings, thisTotal, euClaimed, eur,
                unitsPerEur, rateMissing);
    }

    private static void add(Map<BudgetCategory, BigDecimal[]> map, BudgetCategory category, int column, BigDecimal amount) {
        BigDecimal[] row = map.computeIfAbsent(category, k -> new BigDecimal[] {Money.ZERO, Money.ZERO, Money.ZERO});
        row[column] = Objects.requireNonNull(row[column]).add(amount);
    }
}
