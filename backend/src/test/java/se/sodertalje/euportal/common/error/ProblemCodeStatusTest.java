package se.sodertalje.euportal.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A code has one HTTP status, the registry's: every throw site that names a code as a constant answers
 * with that status. {@code new ApiProblem(<status>, ProblemCode.X, …)} with its own status;
 * {@code ApiProblem.conflict(ProblemCode.X, …)} and {@code duplicate(ProblemCode.X, …)} 409;
 * {@code ApiProblem.invalid(field, message, ProblemCode.X)} a field error of a 400. (The workflow
 * tables' refusals are checked by {@code WorkflowTable}'s constructor; a code passed on in a variable
 * is checked where it is named.)
 */
class ProblemCodeStatusTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern THROW = Pattern.compile("new ApiProblem\\(|ApiProblem\\.(conflict|duplicate|invalid)\\(");
    private static final Pattern CONSTANT = Pattern.compile("ProblemCode\\.([A-Z][A-Z0-9_]*)");

    @Test
    void everyThrowSiteShouldAnswerWithItsCodesStatus() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String source = Files.readString(file);
                Matcher m = THROW.matcher(source);
                while (m.find()) {
                    ThrowSite site = site(m.group(1), arguments(source, m.end()));
                    if (site == null) {
                        continue;
                    }
                    checked++;
                    ProblemCode code = ProblemCode.valueOf(site.constant());
                    if (code.status() != site.status()) {
                        int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                        mismatches.add(file.getFileName() + ":" + line + " " + code.code() + " thrown as " + site.status()
                                + ", registered as " + code.status());
                    }
                }
            }
        }
        assertTrue(checked > 100, "the scan found the throw sites (" + checked + ")");
        assertEquals(List.of(), mismatches, "throw sites whose status differs from their code's in ProblemCode");
    }

    @Test
    void theScanShouldReadEachFactorysStatus() {
        assertEquals(new ThrowSite("UNIT_001", 409), site("conflict", List.of("ProblemCode.UNIT_001", "\"a, (b)\"")));
        assertEquals(new ThrowSite("FIXED", 400), site("invalid", List.of("\"f\"", "\"m (x), y\"", "ProblemCode.FIXED")));
        assertEquals(new ThrowSite("WATCH_001", 403), site(null, List.of("403", "ProblemCode.WATCH_001", "\"F\"", "d", "null")));
        assertEquals(null, site("invalid", List.of("errors")));
        assertEquals(null, site(null, List.of("status", "code", "title", "d", "null")));
        assertEquals(List.of("\"a)\"", "f(1, 2)", "ProblemCode.X"), arguments("(\"a)\", f(1, 2), ProblemCode.X);", 1));
    }

    record ThrowSite(String constant, int status) {
    }

    /** The code and status of a throw site, or null when its code is not named as a constant here. */
    static ThrowSite site(String factory, List<String> args) {
        String code;
        int status;
        if (factory == null) {
            if (args.size() < 2 || !args.get(0).matches("\\d{3}")) {
                return null;
            }
            status = Integer.parseInt(args.get(0));
            code = args.get(1);
        } else if (factory.equals("invalid")) {
            if (args.size() != 3) {
                return null;
            }
            status = 400;
            code = args.get(2);
        } else {
            status = 409;
            code = args.get(0);
        }
        Matcher constant = CONSTANT.matcher(code);
        return constant.matches() ? new ThrowSite(constant.group(1), status) : null;
    }

    /** The arguments of the call whose '(' ends just before {@code from}, split at its top-level commas. */
    static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                args.add(current.toString().trim());
                return args;
            }
            if (c == ',' && depth == 1) {
                args.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return args;
    }
}
