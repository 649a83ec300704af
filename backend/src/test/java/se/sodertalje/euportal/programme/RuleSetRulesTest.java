package se.sodertalje.euportal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.FieldError;

class RuleSetRulesTest {

    private static final RuleSet INTERREG = FundDefaults.rulesFor(Fund.INTERREG);

    private static RuleSet with(List<FlatRateLimit> rates, String coFinancing) {
        return new RuleSet(INTERREG.costCategories(), rates, new BigDecimal(coFinancing), INTERREG.currencyConversion(),
                INTERREG.reportingPeriodMonths(), INTERREG.retentionYears(), INTERREG.stateAidRetentionYears(), null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void everyFundsDefaultRulesShouldKeepTheLegalCeilings() {
        for (Fund fund : Fund.values()) {
            assertEquals(List.of(), RuleSetRules.checkProgramme(FundDefaults.rulesFor(fund), "rules"), fund.name());
        }
        assertEquals(new BigDecimal("40"), FundDefaults.rulesFor(Fund.ERDF).maxCoFinancingPercent());
        assertEquals(new BigDecimal("80"), INTERREG.maxCoFinancingPercent());
        assertEquals(List.of(new FlatRateLimit(FlatRateType.INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING, new BigDecimal("25"))),
                FundDefaults.rulesFor(Fund.HORIZON_EUROPE).flatRates());
    }

    @Test
    void aFlatRateAboveItsLegalCeilingShouldBeRefused() {
        RuleSet rules = with(List.of(new FlatRateLimit(FlatRateType.OFFICE_ON_STAFF_COSTS, new BigDecimal("15.01")),
                new FlatRateLimit(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, new BigDecimal("40.00"))), "80");
        assertEquals(List.of("rules.flatRates[0].maxPercent"), fields(RuleSetRules.checkProgramme(rules, "rules")));
    }

    @Test
    void coFinancingAboveHundredOrWithFractionsOfACentShouldBeRefused() {
        assertEquals(List.of("rules.maxCoFinancingPercent"),
                fields(RuleSetRules.checkProgramme(with(List.of(), "100.01"), "rules")));
        assertEquals(List.of("rules.maxCoFinancingPercent"),
                fields(RuleSetRules.checkProgramme(with(List.of(), "39.999"), "rules")));
    }

    @Test
    void aCallMayNarrowTheProgramme() {
        RuleSet narrower = new RuleSet(EnumSet.of(CostCategory.STAFF, CostCategory.TRAVEL_ACCOMMODATION),
                List.of(new FlatRateLimit(FlatRateType.OFFICE_ON_STAFF_COSTS, new BigDecimal("10"))), new BigDecimal("60"),
                INTERREG.currencyConversion(), 6, 5, 10, INTERREG.eligibleUntil());
        assertEquals(List.of(), RuleSetRules.checkNarrows(narrower, INTERREG, "rules"));
        assertSame(narrower, RuleSetRules.effective(narrower, INTERREG));
        assertSame(INTERREG, RuleSetRules.effective(null, INTERREG));
    }

    @Test
    void aCallMustNeverWidenTheProgramme() {
        RuleSet erdf = FundDefaults.rulesFor(Fund.ERDF);
        RuleSet wider = new RuleSet(EnumSet.allOf(CostCategory.class),
                List.of(new FlatRateLimit(FlatRateType.OFFICE_ON_STAFF_COSTS, new BigDecimal("10")),
                        new FlatRateLimit(FlatRateType.INDIRECT_ON_STAFF_COSTS, new BigDecimal("15.50"))),
                new BigDecimal("40.01"), CurrencyConversion.EUR_ONLY, 12, 3, 10, null);
        List<String> fields = fields(RuleSetRules.checkNarrows(wider, erdf, "rules"));
        assertTrue(fields.containsAll(List.of("rules.flatRates[0].type", "rules.flatRates[1].maxPercent",
                "rules.maxCoFinancingPercent", "rules.currencyConversion", "rules.reportingPeriodMonths",
                "rules.retentionYears")), fields.toString());
    }

    @Test
    void aCallMayNotAddACostCategory() {
        RuleSet horizon = FundDefaults.rulesFor(Fund.HORIZON_EUROPE);
        RuleSet withWorks = new RuleSet(EnumSet.of(CostCategory.STAFF, CostCategory.INFRASTRUCTURE_WORKS),
                horizon.flatRates(), horizon.maxCoFinancingPercent(), horizon.currencyConversion(),
                horizon.reportingPeriodMonths(), horizon.retentionYears(), horizon.stateAidRetentionYears(), null);
        assertEquals(List.of("rules.costCategories"), fields(RuleSetRules.checkNarrows(withWorks, horizon, "rules")));
    }
}
