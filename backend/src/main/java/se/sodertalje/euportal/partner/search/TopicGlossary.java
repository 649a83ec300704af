package se.sodertalje.euportal.partner.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds the English equivalents of a search's Swedish words (resource partner/topic-glossary.txt),
 * so that "Integration av nyanlända" also looks for migrants and refugees in the register's
 * English text. A key is the start of a folded Swedish word; one of 5 letters or more also
 * matches inside a compound.
 */
public final class TopicGlossary {

    private static final int INFIX_MIN = 5;
    private static final Map<String, String> ENTRIES = load();

    private TopicGlossary() {
    }

    /** The text followed by the English words its Swedish words call for (each word once), or the text alone. */
    public static String withEnglish(String text) {
        Set<String> added = new LinkedHashSet<>();
        for (String word : fold(text).split("[^\\p{L}\\p{N}]+")) {
            ENTRIES.forEach((key, english) -> {
                if (word.startsWith(key) || key.length() >= INFIX_MIN && word.contains(key)) {
                    added.addAll(List.of(english.split(" ")));
                }
            });
        }
        return added.isEmpty() ? text : text + " " + String.join(" ", added);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = TopicGlossary.class.getResourceAsStream("/partner/topic-glossary.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    entries.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
