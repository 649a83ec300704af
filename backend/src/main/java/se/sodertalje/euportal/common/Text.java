package se.sodertalje.euportal.common;

/** Small rules for free text coming from clients. */
public final class Text {

    private Text() {
    }

    /** Optional text: trimmed, and absent when blank, so that "" and "  " are stored as nothing. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
