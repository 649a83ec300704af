package se.sodertalje.euportal.common.error;

/** One invalid field of a request: its JSON name, a readable message and a stable code. */
public record FieldError(String field, String message, String code) {
}
