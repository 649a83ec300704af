package se.sodertalje.euportal.partner;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, and the EU's own spellings of two of them. */
public final class CountryCodes {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** The Commission writes UK for the United Kingdom and EL for Greece. */
    private static final Map<String, String> EU_ALIASES = Map.of("UK", "GB", "EL", "GR");

    private CountryCodes() {
    }

    public static boolean valid(String code) {
        return code != null && ISO.contains(code);
    }

    /** An EU source's country code as ISO 3166-1 (upper case, UK and EL translated). */
    public static String fromEuSource(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return EU_ALIASES.getOrDefault(upper, upper);
    }
}
