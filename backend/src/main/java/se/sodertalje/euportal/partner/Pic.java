package se.sodertalje.euportal.partner;

/**
 * The Participant Identification Code of the EU Funding &amp; Tenders Portal: nine digits. The
 * portal publishes no check digit, so the format is all that can be checked here.
 */
public final class Pic {

    private Pic() {
    }

    /** The code without spaces, or null when blank. */
    public static String normalise(String pic) {
        if (pic == null) {
            return null;
        }
        String compact = pic.replaceAll("\\s", "");
        return compact.isEmpty() ? null : compact;
    }

    public static boolean valid(String normalised) {
        return normalised != null && normalised.matches("[0-9]{9}");
    }
}
