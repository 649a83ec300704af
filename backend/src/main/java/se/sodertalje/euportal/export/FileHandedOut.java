package se.sodertalje.euportal.export;

/** A stored file the portal handed out (e.g. a twin town's agreement), for the export log. */
public record FileHandedOut(String resource, String sha256, long bytes) {
}
