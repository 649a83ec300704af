package se.sodertalje.euportal.programme.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/** Collects the problems of one import row as field errors named {@code rows[i].field}. */
final class RowReader {

    private final int row;
    private final List<FieldError> errors;
    private boolean ok = true;

    RowReader(int row, List<FieldError> errors) {
        this.row = row;
        this.errors = errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError("rows[" + row + "]." + field, message, ProblemCode.IMPORT));
        ok = false;
    }

    boolean ok() {
        return ok;
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
        }
        return value;
    }

    /** A non-negative amount with at most two decimals, from a JSON number or numeric text. */
    BigDecimal amount(String field, JsonNode value) {
        if (value == null || value.isNull() || value.asText().isBlank() || value.asText().equals("NA")) {
            return null;
        }
        return amount(field, value.asText());
    }

    BigDecimal amount(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 13) {
                error(field, "must be a non-negative amount with at most 13 digits and two decimals");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            error(field, "must be a number");
            return null;
        }
    }

    Integer count(String field, JsonNode value) {
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            error(field, "must be a whole number, 0 or more");
            return null;
        }
        return value.asInt();
    }
}
