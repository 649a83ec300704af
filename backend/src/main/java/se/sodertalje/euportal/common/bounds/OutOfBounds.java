package se.sodertalje.euportal.common.bounds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import se.sodertalje.euportal.common.error.ProblemCode;

/** A JSON value outside {@link InputBounds}: answered as a 400 naming the field, with a stable code. */
public class OutOfBounds extends InvalidFormatException {

    private final ProblemCode code;
    private final String reason;

    public OutOfBounds(JsonParser parser, ProblemCode code, String reason, Object value, Class<?> type) {
        super(parser, reason, value, type);
        this.code = code;
        this.reason = reason;
    }

    /** The field error's code: {@code Digits}, {@code DateRange} or {@code ControlCharacters}. */
    public ProblemCode code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
