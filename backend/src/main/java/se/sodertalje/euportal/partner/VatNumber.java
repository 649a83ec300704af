package se.sodertalje.euportal.partner;

/**
 * A VAT identification number as the EU's VIES writes it: a two-letter prefix (EL for Greece)
 * and 2 to 13 letters or digits. Written with spaces, dots or dashes, it is the same number.
 */
public final class VatNumber {

    private VatNumber() {
    }

    /** Upper case without separators, or null when blank. */
    public static String normalise(String vat) {
        if (vat == null) {
            return null;
        }
        String compact = vat.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    public static boolean valid(String normalised) {
        return normalised != null && normalised.matches("[A-Z]{2}[0-9A-Z]{2,13}");
    }
}
