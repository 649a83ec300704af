package se.sodertalje.euportal.partner.imports;

import java.util.List;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/** Collects an import's problems as field errors named {@code rows[i].field}. */
final class RowErrors {

    private final List<FieldError> errors;

    RowErrors(List<FieldError> errors) {
        this.errors = errors;
    }

    void add(int row, String field, String message) {
        errors.add(new FieldError("rows[" + row + "]." + field, message, ProblemCode.IMPORT));
    }
}
