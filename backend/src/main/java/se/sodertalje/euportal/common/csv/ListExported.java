package se.sodertalje.euportal.common.csv;

/** A list was handed out as CSV: which one (path and query), and the SHA-256 and size of what was sent. */
public record ListExported(String resource, String sha256, long bytes) {
}
