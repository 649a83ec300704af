package se.sodertalje.euportal.docs;

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
 * The code cites its rules in the repository's own docs: every {@code docs/<page>.md} a source file
 * names exists, every heading it quotes ({@code docs/domain.md, "Rounding"}) is a heading of that
 * page, and nothing cites a document outside the repository.
 */
class DocsCitationsTest {

    private static final Path ROOT = Path.of("..");
    /** The shared design folder's domain file, which a clone does not have (spelt apart so this file does not cite it). */
    private static final String OUTSIDE_DOMAIN_FILE = "DOMAIN" + ".md";
    private static final Pattern CITATION = Pattern.compile("docs/([a-z0-9/-]+\\.md)(?:,? *\\(?\"([^\"]+)\")?");

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("backend/src/main", "backend/src/test", "frontend/src")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|sql|ts|tsx|properties)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyCitedPageAndHeadingShouldExist() throws IOException {
        List<String> broken = new ArrayList<>();
        int citations = 0;
        for (Path file : sources()) {
            Matcher m = CITATION.matcher(Files.readString(file));
            while (m.find()) {
                citations++;
                Path page = ROOT.resolve("docs").resolve(m.group(1));
                if (!Files.exists(page)) {
                    broken.add(file + ": docs/" + m.group(1) + " does not exist");
                } else if (m.group(2) != null && !hasHeading(Files.readString(page), heading(m.group(2)))) {
                    broken.add(file + ": docs/" + m.group(1) + " has no heading \"" + heading(m.group(2)) + "\"");
                }
            }
        }
        assertTrue(citations >= 10, "the money rules cite docs/domain.md (found " + citations + " citations)");
        assertEquals(List.of(), broken);
    }

    @Test
    void nothingShouldCiteTheDomainFileOutsideTheRepository() throws IOException {
        List<Path> citing = new ArrayList<>();
        for (Path file : sources()) {
            if (Files.readString(file).contains(OUTSIDE_DOMAIN_FILE)) {
                citing.add(file);
            }
        }
        assertEquals(List.of(), citing, "cite docs/domain.md, which is in the repository");
    }

    /** A quoted heading as written across comment lines ("Money\n * rules"). */
    private static String heading(String quoted) {
        return quoted.replaceAll("\\s*\\n\\s*(\\*|//)?\\s*", " ").trim();
    }

    private static boolean hasHeading(String page, String heading) {
        return page.lines().anyMatch(line -> line.matches("#+ .*") && line.replaceFirst("#+ ", "").startsWith(heading));
    }
}
