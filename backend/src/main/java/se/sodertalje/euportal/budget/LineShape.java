package se.sodertalje.euportal.budget;

import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;

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
                errors.add(new FieldError(at + "id", "must not be blank", "NotBlank"));
            } else if (line.id().length() > MAX_ID) {
                errors.add(new FieldError(at + "id", "size must be between 0 and " + MAX_ID, "Size"));
            }
            notNull(line.partnerId(), at + "partnerId", errors);
            notNull(line.category(), at + "category", errors);
            notNull(line.kind(), at + "kind", errors);
            notNull(line.currency(), at + "currency", errors);
            if (line.description() != null && line.description().length() > MAX_DESCRIPTION) {
                errors.add(new FieldError(at + "description", "size must be between 0 and " + MAX_DESCRIPTION, "Size"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static void notNull(Object value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "must not be null", "NotNull"));
        }
    }
}
