package se.sodertalje.euportal.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field's value before and after a change, as text (null when absent). */
@Schema(requiredProperties = {"field", "oldValue", "newValue"})
public record FieldChange(
        String field,
        @Schema(nullable = true) String oldValue,
        @Schema(nullable = true) String newValue) {
}
