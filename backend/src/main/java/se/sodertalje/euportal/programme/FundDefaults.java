package se.sodertalje.euportal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The rule set a new programme of a fund starts from, with the figures of docs/domain.md ("Money
 * rules"): ERDF and ESF+ at most 40 % EU share in a more developed region (CPR art. 112),
 * Interreg 80 % (Interreg Reg. art. 13), Horizon Europe 25 % indirect costs and ECB rates.
 * Advisors adjust a programme's rules to its programme manual afterwards.
 */
public final class FundDefaults {

    private static final int RETENTION_YEARS = 5;
    private static final int STATE_AID_RETENTION_YEARS = 10;
    private static final int HALF_YEAR = 6;
    /** CPR art. 63(2): expenditure of the 2021–2027 shared-management funds is eligible until 31 December 2029. */
    static final LocalDate CPR_2021_2027_ELIGIBLE_UNTIL = LocalDate.of(2029, 12, 31);

    private FundDefaults() {
    }

    public static RuleSet rulesFor(Fund fund) {
        RuleSet rules = ratesFor(fund);
        return new RuleSet(rules.costCategories(), rules.flatRates(), rules.maxCoFinancingPercent(),
                rules.currencyConversion(), rules.reportingPeriodMonths(), rules.retentionYears(),
                rules.stateAidRetentionYears(), eligibleUntil(fund));
    }

    /**
     * The shared-management funds under the Common Provisions Regulation end their eligibility on one
     * date; directly managed programmes (Horizon Europe, Erasmus+, CERV, LIFE) have none programme-wide,
     * each grant agreement sets its own.
     */
    public static LocalDate eligibleUntil(Fund fund) {
        return switch (fund) {
            case ERDF, ESF_PLUS, INTERREG, AMIF -> CPR_2021_2027_ELIGIBLE_UNTIL;
            case ERASMUS_PLUS, HORIZON_EUROPE, CERV, LIFE, OTHER -> null;
        };
    }

    private static RuleSet ratesFor(Fund fund) {
        EnumSet<CostCategory> all = EnumSet.allOf(CostCategory.class);
        return switch (fund) {
            case ERDF, ESF_PLUS -> rules(all, "40", CurrencyConversion.INFOREURO_MONTHLY, HALF_YEAR,
                    rate(FlatRateType.INDIRECT_ON_STAFF_COSTS, "15"), rate(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, "20"),
                    rate(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, "40"));
            case INTERREG -> rules(all, "80", CurrencyConversion.INFOREURO_MONTHLY, HALF_YEAR,
                    rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7"), rate(FlatRateType.STAFF_ON_OTHER_DIRECT_COSTS, "20"),
                    rate(FlatRateType.OFFICE_ON_STAFF_COSTS, "15"), rate(FlatRateType.TRAVEL_ON_STAFF_COSTS, "15"),
                    rate(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, "40"));
            case HORIZON_EUROPE -> rules(EnumSet.of(CostCategory.STAFF, CostCategory.TRAVEL_ACCOMMODATION,
                    CostCategory.EXTERNAL_EXPERTISE, CostCategory.EQUIPMENT), "100", CurrencyConversion.ECB_AVERAGE, 18,
                    rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING, "25"));
            case AMIF -> rules(all, "75", CurrencyConversion.INFOREURO_MONTHLY, HALF_YEAR,
                    rate(FlatRateType.INDIRECT_ON_STAFF_COSTS, "15"), rate(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, "40"));
            case LIFE -> rules(all, "60", CurrencyConversion.EUR_ONLY, 12, rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7"));
            case ERASMUS_PLUS, CERV, OTHER -> rules(all, "90", CurrencyConversion.EUR_ONLY, 12,
                    rate(FlatRateType.INDIRECT_ON_DIRECT_COSTS, "7"));
        };
    }

    private static RuleSet rules(EnumSet<CostCategory> categories, String maxCoFinancing, CurrencyConversion conversion,
            int periodMonths, FlatRateLimit... rates) {
        return new RuleSet(categories, List.of(rates), new BigDecimal(maxCoFinancing), conversion, periodMonths,
                RETENTION_YEARS, STATE_AID_RETENTION_YEARS, null);
    }

    private static FlatRateLimit rate(FlatRateType type, String maxPercent) {
        return new FlatRateLimit(type, new BigDecimal(maxPercent));
    }
}
