package se.sodertalje.euportal.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, extended with a stable {@code code} ({@link ProblemCode}), its figures and field errors. */
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @Schema(description = "Stable code of the rule or error, e.g. VALIDATION, STALE_VERSION, UNIT-001") String code,
        List<FieldError> errors,
        @Schema(description = "Path of the existing record the request collides with, e.g. the organisation a "
                + "duplicate would repeat") String existing,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> params) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
