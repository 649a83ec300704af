package se.sodertalje.euportal.partner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation's name reduced to what tells it apart: no case, accents, punctuation, leading
 * "the" or legal-form words. "UNIVERSITY OF BRISTOL" and "The University of Bristol" share a key;
 * so do "Växjö kommun" and "VAXJO KOMMUN", and "Acme GmbH" and "ACME".
 */
public final class NameKey {

    private static final Set<String> NOISE = Set.of("the", "ab", "publ", "gmbh", "ag", "ltd", "limited", "plc", "inc",
            "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "oyj", "as", "asa", "aps", "ev", "ug", "kg", "sl",
            "doo", "sro", "zoo", "spzoo", "co", "llc", "ek");

    private NameKey() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
                .replace("đ", "d");
        // Dotted forms such as e.V. or S.A. join up before splitting, so that they read as one word.
        String joined = ascii.replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)", "").replace(".", " ");
        String key = Arrays.stream(joined.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !NOISE.contains(word))
                .collect(Collectors.joining(" "));
        return key.isEmpty() ? ascii.trim() : key;
    }
}
