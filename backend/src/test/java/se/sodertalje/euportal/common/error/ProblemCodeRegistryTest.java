package se.sodertalje.euportal.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry is the one list of codes: the contract publishes exactly its wire values, and no
 * source outside it spells a code as a literal (a throw site names the constant).
 */
class ProblemCodeRegistryTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path REGISTRY = SOURCES.resolve(Path.of("se", "sodertalje", "euportal", "common", "error",
            "ProblemCode.java"));

    @Test
    void theContractsEnumShouldBeTheRegistry() throws IOException {
        List<String> published = contractEnum(Files.readString(Path.of("..", "openapi.yaml")));
        List<String> registry = Arrays.stream(ProblemCode.values()).map(ProblemCode::code).toList();
        assertEquals(registry, published, "openapi.yaml's ProblemCode enum (run make openapi and npm run generate)");
    }

    @Test
    void noSourceOutsideTheRegistryShouldSpellACode() throws IOException {
        // Numbered rule codes are never anything else; the named codes are checked where a code is expected.
        Pattern numbered = Pattern.compile("\"([A-Z]+-\\d{3})\"");
        Set<String> named = Arrays.stream(ProblemCode.values()).map(ProblemCode::code)
                .filter(c -> !c.matches("[A-Z]+-\\d{3}")).collect(Collectors.toSet());
        Pattern asCode = Pattern.compile("(?:new FieldError\\(|ApiProblem\\(|invalid\\(|conflict\\(|duplicate\\(|"
                + "blocking\\(|advised\\(|BudgetViolation\\(|Refusal\\()[^;]*?\"([A-Za-z_]+(?:-\\d{3})?)\"\\s*\\)",
                Pattern.DOTALL);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (file.equals(REGISTRY)) {
                    continue;
                }
                String source = Files.readString(file);
                Matcher m = numbered.matcher(source);
                while (m.find()) {
                    if (!m.group(1).equals("SHA-256")) {
                        found.add(file.getFileName() + ": " + m.group(1));
                    }
                }
                Matcher c = asCode.matcher(source);
                while (c.find()) {
                    if (named.contains(c.group(1))) {
                        found.add(file.getFileName() + ": " + c.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), found, "codes spelled outside ProblemCode; name the registry's constant");
    }

    @Test
    void everyBeanValidationConstraintInUseShouldBeAFieldErrorCode() throws IOException {
        // ProblemMappers answers a broken constraint with its annotation's name as the code.
        Pattern constraint = Pattern.compile("import jakarta\\.validation\\.constraints\\.([A-Za-z]+);");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = constraint.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 10, "found the constraints in use (" + used + ")");
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(name -> ProblemCode.ofWire(name).isPresent());
        assertEquals(Set.of(), missing, "constraints whose name is not in ProblemCode");
    }

    @Test
    void eachConstantShouldBeNamedAfterItsWireValue() {
        for (ProblemCode code : ProblemCode.values()) {
            String expected = code.code().matches("[A-Z_]+(-\\d{3})?") ? code.code().replace('-', '_')
                    : code.code().replaceAll("(?<!^)(?=[A-Z])", "_").toUpperCase();
            String name = code == ProblemCode.DUPLICATE_ITEM ? "DUPLICATE" : code.name();
            assertEquals(expected, name, code.code());
            assertTrue(code.status() >= 400 && code.status() < 600, code.code());
        }
        assertEquals(ProblemCode.UNIT_001, ProblemCode.of("UNIT-001"));
        assertEquals(List.of("max"), ProblemCode.REPORT_020.params());
    }

    /** The wire values under components.schemas.ProblemCode.enum, in their order. */
    static List<String> contractEnum(String yaml) {
        List<String> values = new ArrayList<>();
        boolean inSchema = false;
        boolean inEnum = false;
        for (String line : yaml.split("\n")) {
            if (line.equals("    ProblemCode:")) {
                inSchema = true;
            } else if (inSchema && line.startsWith("    ") && !line.startsWith("     ")) {
                break;
            } else if (inSchema && line.trim().equals("enum:")) {
                inEnum = true;
            } else if (inEnum && line.trim().startsWith("- ")) {
                values.add(line.trim().substring(2).replace("\"", ""));
            } else if (inEnum) {
                inEnum = false;
            }
        }
        return values;
    }
}
