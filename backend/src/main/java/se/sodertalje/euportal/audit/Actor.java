package se.sodertalje.euportal.audit;

/** The user (or "system") who made a change. */
public record Actor(String subject, String name) {
}
