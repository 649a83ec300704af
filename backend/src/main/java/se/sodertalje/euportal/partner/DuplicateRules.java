package se.sodertalje.euportal.partner;

/**
 * When two organisation names are near-identical (the register refuses such a duplicate in the
 * same country): the same {@link NameKey}, or keys of at least 12 characters that differ in at
 * most one edit per 12 characters (a typo, a missing letter). "Halmstads kommun" and "Halmstad kommun"
 * are near-identical; "Halmstads kommun" and "Halmstads universitet" are not, nor are short names
 * one letter apart ("Stad Gent", "Stad Genk"), which are as likely to be two different places.
 */
public final class DuplicateRules {

    static final int CHARACTERS_PER_EDIT = 12;

    private DuplicateRules() {
    }

    public static boolean nearIdentical(String key, String otherKey) {
        if (key.equals(otherKey)) {
            return true;
        }
        int shorter = Math.min(key.length(), otherKey.length());
        if (shorter < CHARACTERS_PER_EDIT) {
            return false;
        }
        int allowed = shorter / CHARACTERS_PER_EDIT;
        if (Math.abs(key.length() - otherKey.length()) > allowed) {
            return false;
        }
        return editDistance(key, otherKey, allowed) <= allowed;
    }

    /** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
