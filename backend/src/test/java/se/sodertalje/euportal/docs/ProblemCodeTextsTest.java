package se.sodertalje.euportal.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * Every stable code of the registry ({@link ProblemCode}: the general answers, the features' rules,
 * the field-error codes) has its words in both of the SPA's languages under {@code errors.code}, so a
 * Swedish user never reads the server's English detail; and a text names only figures the code
 * carries ({@code {{max}}} only where the registry lists {@code max} among the code's params).
 */
class ProblemCodeTextsTest {

    private static final Path LOCALES = Path.of("..", "frontend", "src", "lib", "i18n", "locales");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)");

    @Test
    void everyCodeShouldHaveSwedishAndEnglishTexts() throws IOException {
        for (String language : new String[] {"sv", "en"}) {
            JsonNode texts = new ObjectMapper().readTree(LOCALES.resolve(language + ".json").toFile()).path("errors").path("code");
            Set<String> missing = new TreeSet<>();
            Set<String> unknownFigures = new TreeSet<>();
            for (ProblemCode code : ProblemCode.values()) {
                String text = texts.path(code.code()).asText("");
                if (text.isBlank()) {
                    missing.add(code.code());
                }
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    if (!code.params().contains(m.group(1))) {
                        unknownFigures.add(code.code() + " {{" + m.group(1) + "}}");
                    }
                }
            }
            assertEquals(Set.of(), missing, "codes without a text in " + language + ".json errors.code");
            assertEquals(Set.of(), unknownFigures, "figures the code does not carry, in " + language + ".json");
        }
    }
}
