package se.sodertalje.euportal.programme;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

/**
 * The rule set a new programme of a fund starts from, with the figures of DOMAIN.md ("Money
 * rules"): ERDF and ESF+ at most 40 % EU share in a more developed region (CPR art. 112),
 * Interreg 80 % (Interreg Reg. art. 13), Horizon Europe 25 % indirect costs and ECB rates.
 * Advisors adjust a programme's rules to its programme manual afterwards.
 */
public final class FundDefaults {

    private static final int RETENTION_YEARS = 5;
    private static final int STATE_AID_RETENTION_YEARS = 10;
    private static final int HALF_YEAR = 6;

    private FundDefaults() {
    }

    public static RuleSet rulesFor(Fund fund) {
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
                RETENTION_YEARS, STATE_AID_RETENTION_YEARS);
    }

    private static FlatRateLimit rate(FlatRateType type, String maxPercent) {
        return new FlatRateLimit(type, new BigDecimal(maxPercent));
    }
}
