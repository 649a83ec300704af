package se.sodertalje.euportal.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stable code of the portal's rules ("IDEA-001", "CONTROL-007", …) that the backend can answer
 * with has its words in both of the SPA's languages, so a Swedish user never reads the server's
 * English detail. The codes are read from the backend's sources; a new code without its Swedish
 * and English texts fails here.
 */
class ProblemCodeTextsTest {

    private static final Pattern CODE = Pattern.compile("\"([A-Z]+-\\d{3})\"");
    private static final Set<String> NOT_CODES = Set.of("SHA-256");
    private static final Path LOCALES = Path.of("..", "frontend", "src", "lib", "i18n", "locales");

    @Test
    void everyCodeShouldHaveSwedishAndEnglishTexts() throws IOException {
        Set<String> codes = codesInSources();
        assertTrue(codes.size() >= 90, "found the rule codes in the sources (" + codes.size() + ")");
        for (String language : new String[] {"sv", "en"}) {
            Set<String> texted = keys(new ObjectMapper().readTree(LOCALES.resolve(language + ".json").toFile()), new TreeSet<>());
            Set<String> missing = new TreeSet<>(codes);
            missing.removeAll(texted);
            assertEquals(Set.of(), missing, "codes without a text in " + language + ".json (errors.code or the feature's own list)");
        }
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!NOT_CODES.contains(m.group(1))) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }

    private static Set<String> keys(JsonNode node, Set<String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                into.add(field.getKey());
            } else if (field.getValue().isObject()) {
                keys(field.getValue(), into);
            }
        }
        return into;
    }
}
