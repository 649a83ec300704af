package se.sodertalje.euportal.programme;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a person types into a finder as a prefix tsquery: every word, also the half-typed last one, must
 * begin a word of the record ("gröna sko" finds "Gröna skolgårdar"). Only letters and digits pass, so the
 * result is always a valid tsquery.
 */
public final class TypeAheadQuery {

    private TypeAheadQuery() {
    }

    /** E.g. "Climate adapt-" gives "climate:* & adapt:*"; null when nothing searchable was typed. */
    public static String of(String typed) {
        if (typed == null) {
            return null;
        }
        String query = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }
}
