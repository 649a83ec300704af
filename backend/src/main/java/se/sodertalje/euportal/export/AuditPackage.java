package se.sodertalje.euportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An audit package prepared on disk: its files and its manifest (each file's path, size and
 * SHA-256). Streamed as a ZIP, then removed; memory stays bounded whatever the project's size.
 */
public record AuditPackage(Path directory, String fileName, String manifestSha256, long manifestBytes,
        List<Manifest.Entry> entries) {

    public static final String MANIFEST = "manifest.json";

    /** Writes the ZIP (the files, then the manifest) and removes the prepared directory. */
    public void writeZip(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Manifest.Entry entry : entries) {
                add(zip, entry.path());
            }
            add(zip, MANIFEST);
        } finally {
            delete();
        }
    }

    private void add(ZipOutputStream zip, String path) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        try (InputStream in = Files.newInputStream(directory.resolve(path))) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    /** Removes the prepared files (also when the package is never sent). */
    public void delete() {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
