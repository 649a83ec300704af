package se.sodertalje.euportal.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One invalid field of a request: its JSON name, a readable message, a stable code (one of
 * {@link ProblemCode}) and the figures of the message as data ({@code params}: limits, amounts,
 * dates), so the SPA can say it in the user's language and number format.
 */
public record FieldError(String field, String message, String code,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> params) {

    public FieldError {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public FieldError(String field, String message, ProblemCode code) {
        this(field, message, code.code(), Map.of());
    }

    public FieldError(String field, String message, ProblemCode code, Map<String, ?> params) {
        this(field, message, code.code(), Map.copyOf(params));
    }
}
