package se.sodertalje.euportal.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Removes prepared exports nobody fetched: a client that goes away before the body is streamed
 * leaves its temporary file (or audit-package folder) behind; any older than an hour goes with the
 * next export.
 */
final class StaleExports {

    static final Duration MAX_AGE = Duration.ofHours(1);

    private StaleExports() {
    }

    /** Bytes of the prepared exports now in the temporary directory (the disk-use alert watches it). */
    static long preparedBytes() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long[] total = {0};
        try (DirectoryStream<Path> prepared = Files.newDirectoryStream(tmp, StaleExports::isPrepared)) {
            for (Path path : prepared) {
                try (java.util.stream.Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).forEach(f -> {
                        try {
                            total[0] += Files.size(f);
                        } catch (IOException e) {
                            // Gone since it was listed: fetched or swept.
                        }
                    });
                }
            }
        } catch (IOException | RuntimeException e) {
            // A number for a gauge: what could be read.
        }
        return total[0];
    }

    private static boolean isPrepared(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("export-") || name.startsWith("audit-package-");
    }

    static void sweep(Instant now) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(tmp, p -> {
            String name = p.getFileName().toString();
            return (name.startsWith("export-") || name.startsWith("audit-package-"))
                    && Files.getLastModifiedTime(p).toInstant().isBefore(now.minus(MAX_AGE));
        })) {
            for (Path path : stale) {
                new AuditPackage(path, "", "", 0, List.of()).delete();
            }
        } catch (IOException | RuntimeException e) {
            // Sweeping is housekeeping: an export goes ahead whatever is left to sweep.
        }
    }
}
