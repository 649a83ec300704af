package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.List;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.programme.CostCategory;

/**
 * What each kind of line needs (BUDGET-009): the amounts of its kind, none negative, money to the
 * cent; a subcontract only in external expertise and services.
 */
final class LineFields {

    private LineFields() {
    }

    static void check(BudgetLine line, String at, List<BudgetViolation> violations) {
        switch (line.kind()) {
            case REAL_COST -> {
                if (line.amount() == null && (line.quantity() == null || line.unitPrice() == null)) {
                    missing(line, at + ".amount", "an amount, or a quantity and a unit price", violations);
                }
            }
            case UNIT_COST -> {
                require(line, at + ".quantity", line.quantity(), violations);
                require(line, at + ".unitPrice", line.unitPrice(), violations);
            }
            case LUMP_SUM -> require(line, at + ".amount", line.amount(), violations);
            case STAFF_HOURLY -> {
                require(line, at + ".hours", line.hours(), violations);
                if ((line.annualGrossCost() == null) == (line.monthlySalary() == null)) {
                    missing(line, at + ".annualGrossCost", "either the annual gross employment cost or the monthly salary",
                            violations);
                }
                if (line.employmentPercent() != null && (line.employmentPercent().signum() <= 0
                        || line.employmentPercent().compareTo(Money.HUNDRED) > 0)) {
                    violations.add(new BudgetViolation(ProblemCode.BUDGET_009, at + ".employmentPercent", line.id(),
                            "must be above 0 and at most 100"));
                }
            }
        }
        if (line.subcontracted() && line.category() != CostCategory.EXTERNAL_EXPERTISE) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_009, at + ".subcontracting", line.id(),
                    "only external expertise and services can be subcontracted"));
        }
        money(line, at + ".amount", line.amount(), violations);
        money(line, at + ".unitPrice", line.unitPrice(), violations);
        money(line, at + ".annualGrossCost", line.annualGrossCost(), violations);
        money(line, at + ".monthlySalary", line.monthlySalary(), violations);
        positive(line, at + ".quantity", line.quantity(), violations);
        positive(line, at + ".hours", line.hours(), violations);
    }

    private static void require(BudgetLine line, String field, BigDecimal value, List<BudgetViolation> violations) {
        if (value == null) {
            missing(line, field, "a value", violations);
        }
    }

    private static void missing(BudgetLine line, String field, String what, List<BudgetViolation> violations) {
        violations.add(new BudgetViolation(ProblemCode.BUDGET_009, field, line.id(), "a " + line.kind() + " line needs " + what));
    }

    private static void money(BudgetLine line, String field, BigDecimal value, List<BudgetViolation> violations) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2)) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_009, field, line.id(), "must be 0 or more, to the cent"));
        }
    }

    private static void positive(BudgetLine line, String field, BigDecimal value, List<BudgetViolation> violations) {
        if (value != null && value.signum() < 0) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_009, field, line.id(), "must be 0 or more"));
        }
    }
}
