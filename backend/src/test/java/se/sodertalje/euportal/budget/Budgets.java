package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FlatRateType;

/** Small builders for budgets in the rule tests. */
final class Budgets {

    static final UUID TURKU = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID TARTU = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private Budgets() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static BudgetLine real(String id, UUID partner, CostCategory category, int period, String amount) {
        return new BudgetLine(id, partner, category, period, LineKind.REAL_COST, Currency.EUR, null, d(amount), null, null,
                null, null, null, null, null);
    }

    static BudgetLine realIn(String id, Currency currency, String amount) {
        return new BudgetLine(id, TURKU, CostCategory.EXTERNAL_EXPERTISE, 1, LineKind.REAL_COST, currency, null, d(amount),
                null, null, null, null, null, null, null);
    }

    static BudgetLine staff(String id, String annual, String monthly, String employment, String hours) {
        return new BudgetLine(id, TURKU, CostCategory.STAFF, 1, LineKind.STAFF_HOURLY, Currency.EUR, null, null, null, null,
                annual == null ? null : d(annual), monthly == null ? null : d(monthly),
                employment == null ? null : d(employment), d(hours), null);
    }

    static BudgetLine unitCost(String id, String quantity, String unitPrice) {
        return new BudgetLine(id, TURKU, CostCategory.TRAVEL_ACCOMMODATION, 1, LineKind.UNIT_COST, Currency.EUR, null, null,
                d(quantity), d(unitPrice), null, null, null, null, null);
    }

    static BudgetLine lumpSum(String id, String amount) {
        return new BudgetLine(id, TURKU, CostCategory.EQUIPMENT, 1, LineKind.LUMP_SUM, Currency.EUR, null, d(amount), null,
                null, null, null, null, null, null);
    }

    static PartnerPlan plan(UUID partner, String euRate, Map<ContributionSource, BigDecimal> contributions,
            FlatRateChoice... rates) {
        return new PartnerPlan(partner, List.of(rates), d(euRate), contributions);
    }

    static PartnerPlan plan(UUID partner, FlatRateChoice... rates) {
        return plan(partner, "0", Map.of(), rates);
    }

    static Map<ContributionSource, BigDecimal> own(String amount) {
        Map<ContributionSource, BigDecimal> contributions = new EnumMap<>(ContributionSource.class);
        contributions.put(ContributionSource.OWN_MUNICIPAL_FUNDS, d(amount));
        return contributions;
    }

    static FlatRateChoice rate(FlatRateType type, String percent) {
        return new FlatRateChoice(type, d(percent));
    }

    static BudgetContent eur(List<PartnerPlan> partners, BudgetLine... lines) {
        return new BudgetContent(Currency.EUR, null, partners, new ArrayList<>(List.of(lines)));
    }
}
