package se.sodertalje.euportal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.budget.BudgetCategory;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetLine;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.FlatRateChoice;
import se.sodertalje.euportal.budget.LineKind;
import se.sodertalje.euportal.budget.PartnerPlan;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FlatRateType;

/** Worked examples of a payment claim's figures, to the cent. */
class ClaimCalculatorTest {

    private static final UUID SODERTALJE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final BigDecimal RATE = d("11.4830");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BudgetLine granted(String id, CostCategory category, int period, String amount) {
        return new BudgetLine(id, SODERTALJE, category, period, LineKind.REAL_COST, Currency.SEK, null, d(amount), null,
                null, null, null, null, null, null);
    }

    /** Granted (SEK): staff 100 000, 15 % indirect on staff = 15 000, external 80 000; 40 % EU. */
    private static BudgetContent grantedBudget() {
        return new BudgetContent(Currency.SEK, RATE, List.of(new PartnerPlan(SODERTALJE,
                List.of(new FlatRateChoice(FlatRateType.INDIRECT_ON_STAFF_COSTS, d("15"))), d("40"), Map.of())),
                List.of(granted("g1", CostCategory.STAFF, 1, "100000.00"),
                        granted("g2", CostCategory.EXTERNAL_EXPERTISE, 2, "80000.00")));
    }

    private static ClaimLine line(String id, CostCategory category, String amount, Currency currency, String vat,
            boolean recoverable) {
        return new ClaimLine(id, SODERTALJE, category, d(amount), currency, d(vat), recoverable);
    }

    private static ClaimSummary.CategoryRow row(ClaimSummary summary, BudgetCategory category) {
        return summary.categories().stream().filter(r -> r.category() == category).findFirst().orElseThrow();
    }

    @Test
    void aClaimLeavesRecoverableVatOutConvertsLineByLineDerivesTheFlatRateAndClaimsTheEuShareRoundedDown() {
        Map<Integer, List<ClaimLine>> claims = Map.of(
                1, List.of(line("p1", CostCategory.STAFF, "40000.00", Currency.SEK, "0", false)),
                2, List.of(line("s", CostCategory.STAFF, "70000.00", Currency.SEK, "0", false),
                        line("x", CostCategory.EXTERNAL_EXPERTISE, "62500.00", Currency.SEK, "12500.00", true),
                        line("e", CostCategory.EXTERNAL_EXPERTISE, "1000.00", Currency.EUR, "0", false)));
        ClaimSummary summary = ClaimCalculator.summarise(2, claims, grantedBudget(), RATE);

        // staff 70 000; office 15 % of it 10 500; external 50 000 (VAT 12 500 back) + EUR 1 000 × 11.4830 = 61 483
        assertEquals(d("70000.00"), row(summary, BudgetCategory.STAFF).thisReport());
        assertEquals(d("10500.00"), row(summary, BudgetCategory.OFFICE_ADMINISTRATION).thisReport());
        assertEquals(d("61483.00"), row(summary, BudgetCategory.EXTERNAL_EXPERTISE).thisReport());
        assertEquals(d("141983.00"), summary.eligibleTotal());
        assertEquals(d("56793.20"), summary.euClaimed(), "40 % of 141 983.00");
        // In EUR per line, half-up: 6 095.97 + 4 354.26 + 1 000.00, and the flat rate 914.40
        assertEquals(d("12364.63"), summary.eligibleTotalEur());
        assertFalse(summary.rateMissing());

        // So far: staff 40 000 + 70 000 = 110 000 of 100 000 granted; office 6 000 + 10 500 = 16 500 of 15 000.
        ClaimSummary.CategoryRow staff = row(summary, BudgetCategory.STAFF);
        assertEquals(d("40000.00"), staff.claimedBefore());
        assertEquals(d("110000.00"), staff.cumulative());
        assertEquals(d("-10000.00"), staff.remaining());
        assertEquals(d("18517.00"), row(summary, BudgetCategory.EXTERNAL_EXPERTISE).remaining());
        assertEquals(List.of(
                new ClaimSummary.Overspend(null, BudgetCategory.STAFF, d("100000.00"), d("110000.00"), d("10000.00")),
                new ClaimSummary.Overspend(null, BudgetCategory.OFFICE_ADMINISTRATION, d("15000.00"), d("16500.00"),
                        d("1500.00")),
                new ClaimSummary.Overspend(SODERTALJE, BudgetCategory.STAFF, d("100000.00"), d("110000.00"),
                        d("10000.00")),
                new ClaimSummary.Overspend(SODERTALJE, BudgetCategory.OFFICE_ADMINISTRATION, d("15000.00"),
                        d("16500.00"), d("1500.00"))), summary.warnings());
        assertEquals(List.of(new ClaimSummary.PartnerRow(SODERTALJE, d("195000.00"), d("141983.00"), d("187983.00"),
                d("56793.20"))), summary.partners());
    }

    @Test
    void vatThatCannotBeRecoveredIsEligibleAndTheEuShareRoundsDown() {
        // 12 345.67 incl. VAT not recoverable: all eligible; staff flat 15 % not involved; 40 % = 4 938.268 → 4 938.26
        ClaimSummary summary = ClaimCalculator.summarise(1, Map.of(1, List.of(
                line("x", CostCategory.EXTERNAL_EXPERTISE, "12345.67", Currency.SEK, "2469.13", false))),
                grantedBudget(), RATE);
        assertEquals(d("12345.67"), summary.eligibleTotal());
        assertEquals(d("4938.26"), summary.euClaimed());
        assertEquals(List.of(), summary.warnings());
    }

    @Test
    void withoutARateAForeignLineCannotBeConvertedAndSaysSo() {
        ClaimSummary summary = ClaimCalculator.summarise(1, Map.of(1, List.of(
                line("e", CostCategory.EXTERNAL_EXPERTISE, "1000.00", Currency.EUR, "0", false),
                line("s", CostCategory.STAFF, "1000.00", Currency.SEK, "0", false))), grantedBudget(), null);
        assertTrue(summary.rateMissing());
        assertNull(summary.eligibleTotalEur());
        assertEquals(d("1150.00"), summary.eligibleTotal(), "the SEK line and its 15 %; the EUR line waits for a rate");
    }
}
