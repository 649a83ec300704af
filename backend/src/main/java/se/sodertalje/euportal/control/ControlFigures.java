package se.sodertalje.euportal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.Money;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.report.ClaimLine;

/**
 * The money of a control, under the rules of docs/domain.md and nothing else: a line outside the sample
 * counts as declared; a verified line as declared; a deducted line with its eligible amount less the
 * deduction; a parked line not at all (it waits for a later control); a line carried in from an
 * earlier control counts in this claim once it is verified or deducted here. What the claim then
 * comes to (flat rates, EU amount, EUR) is the claim calculator's, fed with {@link #afterControl}:
 * nothing is typed and nothing is rounded twice. In the overview each line is converted into the
 * budget's currency as the calculator converts it (per line, half-up), and a line's deduction is
 * what it loses by the control, so declared = parked + deducted + eligible after control to the cent.
 */
public final class ControlFigures {

    /** A line of the report (or carried into its control) with what the control says of it. */
    public record Line(ClaimLine line, boolean inSample, boolean carried, Decision decision, BigDecimal deducted,
            String errorType) {

        boolean counts() {
            return carried ? decision == Decision.VERIFIED || decision == Decision.DEDUCTED : decision != Decision.PARKED;
        }

        /** The eligible amount after control in the line's own currency (zero when it does not count). */
        BigDecimal remaining() {
            if (!counts()) {
                return BigDecimal.ZERO;
            }
            return decision == Decision.DEDUCTED && deducted != null ? line.eligible().subtract(deducted) : line.eligible();
        }
    }

    private ControlFigures() {
    }

    /** The lines the claim after control consists of, for the claim calculator. */
    public static List<ClaimLine> afterControl(List<Line> lines) {
        List<ClaimLine> claim = new ArrayList<>();
        for (Line l : lines) {
            if (l.counts()) {
                ClaimLine c = l.line();
                claim.add(new ClaimLine(c.id(), c.partnerId(), c.category(), l.remaining(), c.currency(), BigDecimal.ZERO,
                        false));
            }
        }
        return claim;
    }

    /** Figures of one cost category, one partner, or the whole report. */
    public record Totals(BigDecimal declared, BigDecimal inSample, BigDecimal parked, BigDecimal deducted,
            BigDecimal eligible) {

        static Totals zero() {
            return new Totals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        }

        Totals plus(BigDecimal declared0, boolean sampled, BigDecimal parked0, BigDecimal deducted0, BigDecimal eligible0) {
            return new Totals(declared.add(declared0), sampled ? inSample.add(declared0) : inSample, parked.add(parked0),
                    deducted.add(deducted0), eligible.add(eligible0));
        }
    }

    /** The report's own lines' figures, carried lines apart, and the deductions by category and error type. */
    public record Figures(Totals total, Map<CostCategory, Totals> byCategory, Map<UUID, Totals> byPartner,
            Map<CostCategory, Map<String, BigDecimal>> deductions, int carriedLines, BigDecimal carriedDeclared,
            BigDecimal carriedEligible, boolean rateMissing) {

        public BigDecimal inSamplePercent() {
            return percent(total.inSample(), total.declared());
        }

        public BigDecimal eligiblePercent() {
            return percent(total.eligible(), total.declared());
        }
    }

    /**
     * @param currency the granted budget's currency, the overview's
     * @param sekPerEur the report's frozen rate (null: lines in another currency count as zero and
     *        rateMissing is set)
     */
    public static Figures figures(List<Line> lines, Currency currency, BigDecimal sekPerEur) {
        Totals total = Totals.zero();
        Map<CostCategory, Totals> byCategory = new EnumMap<>(CostCategory.class);
        Map<UUID, Totals> byPartner = new LinkedHashMap<>();
        Map<CostCategory, Map<String, BigDecimal>> deductions = new EnumMap<>(CostCategory.class);
        int carried = 0;
        BigDecimal carriedDeclared = Money.ZERO;
        BigDecimal carriedEligible = Money.ZERO;
        boolean rateMissing = false;
        for (Line l : lines) {
            ClaimLine c = l.line();
            if (c.currency() != currency && sekPerEur == null) {
                rateMissing = true;
                continue;
            }
            BigDecimal declared = Money.convert(c.eligible(), c.currency(), currency, sekPerEur);
            BigDecimal eligible = l.counts() ? Money.convert(l.remaining(), c.currency(), currency, sekPerEur) : Money.ZERO;
            if (l.carried()) {
                carried++;
                carriedDeclared = carriedDeclared.add(declared);
                carriedEligible = carriedEligible.add(eligible);
                if (l.decision() == Decision.DEDUCTED) {
                    deductions.computeIfAbsent(c.category(), k -> new TreeMap<>())
                            .merge(l.errorType(), declared.subtract(eligible), BigDecimal::add);
                }
                continue;
            }
            BigDecimal parked = l.decision() == Decision.PARKED ? declared : Money.ZERO;
            BigDecimal deducted = l.decision() == Decision.DEDUCTED ? declared.subtract(eligible) : Money.ZERO;
            total = total.plus(declared, l.inSample(), parked, deducted, eligible);
            byCategory.put(c.category(), byCategory.getOrDefault(c.category(), Totals.zero())
                    .plus(declared, l.inSample(), parked, deducted, eligible));
            byPartner.put(c.partnerId(), byPartner.getOrDefault(c.partnerId(), Totals.zero())
                    .plus(declared, l.inSample(), parked, deducted, eligible));
            if (l.decision() == Decision.DEDUCTED) {
                deductions.computeIfAbsent(c.category(), k -> new TreeMap<>()).merge(l.errorType(), deducted, BigDecimal::add);
            }
        }
        return new Figures(total, byCategory, byPartner, deductions, carried, carriedDeclared, carriedEligible, rateMissing);
    }

    /** part of whole in percent, two decimals half-up; zero of nothing. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? new BigDecimal("0.00")
                : part.multiply(new BigDecimal("100")).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
