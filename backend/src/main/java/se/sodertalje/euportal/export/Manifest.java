package se.sodertalje.euportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An audit package's manifest: every file with its size and SHA-256; and the check an auditor runs
 * on a package received: each file of the ZIP against the manifest, nothing missing, nothing extra.
 */
public final class Manifest {

    /** One file of the package. */
    public record Entry(String path, long bytes, String sha256) {
    }

    private Manifest() {
    }

    /** The file's SHA-256 and size, read once. */
    public static Entry of(Path root, String path) throws IOException {
        MessageDigest digest = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(root.resolve(path)), digest)) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        return new Entry(path, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * What is wrong with a package: files whose content does not match the manifest, files missing
     * from it, files it does not list. Empty when the package verifies.
     *
     * @param entries the manifest's entries, as read from its manifest.json
     */
    public static List<String> verify(InputStream zip, List<Entry> entries) throws IOException {
        Map<String, Entry> expected = new LinkedHashMap<>();
        entries.forEach(e -> expected.put(e.path(), e));
        List<String> problems = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry file = in.getNextEntry(); file != null; file = in.getNextEntry()) {
                if (file.getName().equals(AuditPackage.MANIFEST)) {
                    continue;
                }
                MessageDigest digest = sha256();
                long bytes = new DigestInputStream(in, digest).transferTo(OutputStream.nullOutputStream());
                Entry entry = expected.remove(file.getName());
                if (entry == null) {
                    problems.add(file.getName() + ": not in the manifest");
                } else if (entry.bytes() != bytes || !entry.sha256().equals(HexFormat.of().formatHex(digest.digest()))) {
                    problems.add(file.getName() + ": does not match its SHA-256 in the manifest");
                }
            }
        }
        expected.keySet().forEach(path -> problems.add(path + ": missing from the package"));
        return problems;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
