package se.sodertalje.euportal.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaleExportsTest {

    @Test
    void preparedExportsNobodyFetchedGoAfterAnHourAndFreshOnesStay() throws IOException {
        Instant now = Instant.now();
        Path old = Files.createTempFile("export-", ".pdf");
        Path fresh = Files.createTempFile("export-", ".xlsx");
        Path oldPackage = Files.createTempDirectory("audit-package-");
        Files.writeString(oldPackage.resolve("manifest.json"), "{}");
        Path unrelated = Files.createTempFile("someone-else-", ".txt");
        FileTime twoHoursAgo = FileTime.from(now.minus(Duration.ofHours(2)));
        for (Path path : new Path[] {old, oldPackage, unrelated}) {
            Files.setLastModifiedTime(path, twoHoursAgo);
        }
        try {
            StaleExports.sweep(now);
            assertFalse(Files.exists(old));
            assertFalse(Files.exists(oldPackage));
            assertTrue(Files.exists(fresh));
            assertTrue(Files.exists(unrelated), "only the exports' own files are swept");
        } finally {
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(unrelated);
        }
    }
}
