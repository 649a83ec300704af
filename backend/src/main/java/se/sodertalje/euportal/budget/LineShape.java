package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * The field constraints of the budget lines (those BudgetLine's annotations declare), checked in
 * one pass: Bean Validation cascading into 5 000 lines cost about 10 ms, half the time a budget
 * summary may take. Answers 400 VALIDATION with the fields named as Bean Validation would.
 */
final class LineShape {

    static final int MAX_ID = 40;
    static final int MAX_DESCRIPTION = 500;

    private LineShape() {
    }

    static void require(BudgetContent content) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < content.lines().size(); i++) {
            BudgetLine line = content.lines().get(i);
            String at = "lines[" + i + "].";
            if (line.id() == null || line.id().isBlank()) {
                errors.add(new FieldError(at + "id", "must not be blank", ProblemCode.NOT_BLANK));
            } else if (line.id().length() > MAX_ID) {
                errors.add(new FieldError(at + "id", "size must be between 0 and " + MAX_ID, ProblemCode.SIZE));
            }
            notNull(line.partnerId(), at + "partnerId", errors);
            notNull(line.category(), at + "category", errors);
            notNull(line.kind(), at + "kind", errors);
            notNull(line.currency(), at + "currency", errors);
            if (line.description() != null && line.description().length() > MAX_DESCRIPTION) {
                errors.add(new FieldError(at + "description", "size must be between 0 and " + MAX_DESCRIPTION, ProblemCode.SIZE));
            }
            bounded(line.amount(), at + "amount", 13, 2, null, errors);
            bounded(line.unitPrice(), at + "unitPrice", 13, 2, null, errors);
            bounded(line.annualGrossCost(), at + "annualGrossCost", 13, 2, null, errors);
            bounded(line.monthlySalary(), at + "monthlySalary", 13, 2, null, errors);
            bounded(line.quantity(), at + "quantity", 13, 4, null, errors);
            bounded(line.hours(), at + "hours", 13, 4, null, errors);
            bounded(line.employmentPercent(), at + "employmentPercent", 3, 4, Money.HUNDRED, errors);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    /** What @MoneyAmount, @Quantity and @Percent declare: 0 or more, the digits given, at most {@code max}. */
    private static void bounded(BigDecimal value, String field, int integer, int fraction, BigDecimal max,
            List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "must be greater than or equal to 0", ProblemCode.DECIMAL_MIN));
        } else if (max != null && value.compareTo(max) > 0) {
            errors.add(new FieldError(field, "must be less than or equal to " + max, ProblemCode.DECIMAL_MAX));
        } else if (value.precision() - value.scale() > integer || value.stripTrailingZeros().scale() > fraction) {
            errors.add(new FieldError(field, "numeric value out of bounds (<" + integer + " digits>.<" + fraction
                    + " digits> expected)", ProblemCode.DIGITS));
        }
    }

    private static void notNull(Object value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "must not be null", ProblemCode.NOT_NULL));
        }
    }
}
