package se.sodertalje.euportal.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No native query with a basic result class ({@code createNativeQuery(sql, Long.class)}): Hibernate 7.2
 * keys such a query's plan on a result builder without equality, so each run adds one more entry under
 * the same SQL's hash to the shared plan cache, every lookup walks all of them, and the HQL plans are
 * evicted (docs/performance.md, issue 15's third round). Without a class the value comes back as the
 * JDBC driver reads it; an entity class or {@code addScalar} keeps the plan.
 */
class NativeQueryResultClassTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    /** The call with a class literal of a basic type or an array as its last argument, across line breaks. */
    private static final Pattern BASIC_RESULT_CLASS = Pattern.compile("createNativeQuery\\((?:[^;]|\\n)*?,\\s*"
            + "(?:Long|Integer|Short|String|Boolean|BigDecimal|BigInteger|Double|UUID|Instant|LocalDate|OffsetDateTime|"
            + "Number|Object\\[\\]|byte\\[\\])\\.class\\s*\\)");

    @Test
    void noNativeQueryShouldNameABasicResultClass() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (BASIC_RESULT_CLASS.matcher(Files.readString(file)).find()) {
                    offenders.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), offenders, "native queries with a basic result class");
    }
}
