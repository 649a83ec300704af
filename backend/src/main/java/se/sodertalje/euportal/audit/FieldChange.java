package se.sodertalje.euportal.audit;

/** One field's value before and after a change, as text (null when absent). */
public record FieldChange(String field, String oldValue, String newValue) {
}
