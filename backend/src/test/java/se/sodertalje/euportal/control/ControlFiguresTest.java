package se.sodertalje.euportal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import se.sodertalje.euportal.report.ClaimCalculator;
import se.sodertalje.euportal.report.ClaimLine;
import se.sodertalje.euportal.report.ClaimSummary;

/** Worked examples of a control's figures and of the claim after control, to the cent; the sample's reproducibility. */
class ControlFiguresTest {

    private static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final BigDecimal RATE = d("11.4830");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static ClaimLine line(String id, CostCategory category, String amount, String vat, boolean recoverable) {
        return new ClaimLine(id, PARTNER, category, d(amount), Currency.SEK, d(vat), recoverable);
    }

    /** Granted (SEK): staff 100 000 with 15 % indirect costs on staff, external 80 000, travel 10 000; 40 % EU. */
    private static BudgetContent granted() {
        return new BudgetContent(Currency.SEK, RATE, List.of(new PartnerPlan(PARTNER,
                List.of(new FlatRateChoice(FlatRateType.INDIRECT_ON_STAFF_COSTS, d("15"))), d("40"), Map.of())),
                List.of(budget("g1", CostCategory.STAFF, "100000.00"), budget("g2", CostCategory.EXTERNAL_EXPERTISE, "80000.00"),
                        budget("g3", CostCategory.TRAVEL_ACCOMMODATION, "10000.00")));
    }

    private static BudgetLine budget(String id, CostCategory category, String amount) {
        return new BudgetLine(id, PARTNER, category, 1, LineKind.REAL_COST, Currency.SEK, null, d(amount), null, null, null,
                null, null, null, null);
    }

    /**
     * Five lines: two salaries (one deducted 4 321.55 for a calculation error), an invoice of 25 000 with
     * 5 000 recoverable VAT (deducted 2 500 for want of evidence), one parked, one outside the sample.
     */
    private static List<ControlFigures.Line> controlled() {
        return List.of(
                new ControlFigures.Line(line("s1", CostCategory.STAFF, "50000.00", "0", false), true, false,
                        Decision.VERIFIED, null, null),
                new ControlFigures.Line(line("s2", CostCategory.STAFF, "30000.00", "0", false), true, false,
                        Decision.DEDUCTED, d("4321.55"), "CALCULATION_ERROR"),
                new ControlFigures.Line(line("x1", CostCategory.EXTERNAL_EXPERTISE, "25000.00", "5000.00", true), true, false,
                        Decision.DEDUCTED, d("2500.00"), "NO_EVIDENCE"),
                new ControlFigures.Line(line("x2", CostCategory.EXTERNAL_EXPERTISE, "12345.67", "0", false), true, false,
                        Decision.PARKED, null, null),
                new ControlFigures.Line(line("t1", CostCategory.TRAVEL_ACCOMMODATION, "3210.99", "0", false), false, false,
                        null, null, null));
    }

    @Test
    void twoDeductionsAndAParkedLineGiveTheOverviewAsJemsShowsIt() {
        ControlFigures.Figures figures = ControlFigures.figures(controlled(), Currency.SEK, RATE);

        // declared 50 000 + 30 000 + 20 000 (VAT back) + 12 345.67 + 3 210.99
        assertEquals(d("115556.66"), figures.total().declared());
        assertEquals(d("112345.67"), figures.total().inSample());
        assertEquals(d("97.22"), figures.inSamplePercent());
        assertEquals(d("12345.67"), figures.total().parked());
        assertEquals(d("6821.55"), figures.total().deducted());
        assertEquals(d("96389.44"), figures.total().eligible(), "declared − parked − deducted");
        assertEquals(d("83.41"), figures.eligiblePercent());
        assertEquals(d("4321.55"), figures.deductions().get(CostCategory.STAFF).get("CALCULATION_ERROR"));
        assertEquals(d("2500.00"), figures.deductions().get(CostCategory.EXTERNAL_EXPERTISE).get("NO_EVIDENCE"));
        assertEquals(d("75678.45"), figures.byCategory().get(CostCategory.STAFF).eligible());
        assertEquals(d("12345.67"), figures.byPartner().get(PARTNER).parked());
    }

    @Test
    void theClaimAfterControlIsTheCalculatorsOnTheEligibleAmounts() {
        ClaimSummary after = ClaimCalculator.summarise(1, Map.of(1, ControlFigures.afterControl(controlled())), granted(),
                RATE);

        // staff 75 678.45; indirect 15 % of it rounded down 11 351.76; external 17 500; travel 3 210.99
        assertEquals(d("11351.76"), after.categories().stream()
                .filter(r -> r.category() == BudgetCategory.OFFICE_ADMINISTRATION).findFirst().orElseThrow().thisReport());
        assertEquals(d("107741.20"), after.eligibleTotal());
        assertEquals(d("43096.48"), after.euClaimed(), "40 % rounded down");
        // per line half-up: 4 354.26 + 2 236.21 + 1 523.99 + 279.63, and the flat rate 988.57
        assertEquals(d("9382.66"), after.eligibleTotalEur());

        ClaimSummary declared = ClaimCalculator.summarise(1, Map.of(1, controlled().stream().map(ControlFigures.Line::line)
                .toList()), granted(), RATE);
        assertEquals(d("127556.66"), declared.eligibleTotal());
        assertEquals(d("51022.66"), declared.euClaimed());
    }

    @Test
    void aCarriedLineCountsOnceDecidedAndWaitsWhileParked() {
        List<ControlFigures.Line> lines = new ArrayList<>(List.of(
                new ControlFigures.Line(line("n1", CostCategory.STAFF, "1000.00", "0", false), false, false, null, null, null),
                new ControlFigures.Line(line("x2", CostCategory.EXTERNAL_EXPERTISE, "12345.67", "0", false), true, true,
                        Decision.DEDUCTED, d("345.67"), "OTHER"),
                new ControlFigures.Line(line("x3", CostCategory.EXTERNAL_EXPERTISE, "500.00", "0", false), true, true,
                        null, null, null)));
        List<ClaimLine> claim = ControlFigures.afterControl(lines);
        assertEquals(List.of("n1", "x2"), claim.stream().map(ClaimLine::id).toList());
        assertEquals(d("12000.00"), claim.get(1).eligible());
        ControlFigures.Figures figures = ControlFigures.figures(lines, Currency.SEK, RATE);
        assertEquals(d("1000.00"), figures.total().declared(), "carried lines are not declared again");
        assertEquals(2, figures.carriedLines());
        assertEquals(d("12000.00"), figures.carriedEligible());
    }

    @Test
    void theSameSeedDrawsTheSameSample() {
        List<Sampler.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            candidates.add(new Sampler.Candidate(UUID.nameUUIDFromBytes(("line" + i).getBytes()),
                    LocalDate.of(2026, 1, 1).plusDays(i % 7), CostCategory.STAFF, "Leverantör " + (i % 3),
                    d(String.valueOf(100 + i))));
        }
        List<UUID> first = Sampler.random(candidates, 4242L, 8);
        List<Sampler.Candidate> shuffledInput = new ArrayList<>(candidates);
        java.util.Collections.reverse(shuffledInput);
        assertEquals(first, Sampler.random(shuffledInput, 4242L, 8), "the order the lines come in does not matter");
        assertEquals(8, first.size());
        assertNotEquals(first, Sampler.random(candidates, 4243L, 8));
        assertEquals(List.of(candidates.get(39).id(), candidates.get(38).id()), Sampler.largest(candidates, 2));
        assertEquals(14, Sampler.supplier(candidates, "  leverantör 0 ").size());
    }
}
