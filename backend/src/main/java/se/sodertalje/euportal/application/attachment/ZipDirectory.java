package se.sodertalje.euportal.application.attachment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The entry names of a ZIP archive read from its central directory, and a small STORED entry's
 * bytes, without inflating anything: a 500 kB upload can otherwise inflate to half a gigabyte
 * before its type is known (a "zip bomb"). ZIP64 and archives with more than {@code maxEntries}
 * entries are not read (no Office document needs either).
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** Where an entry's local header starts, how it is compressed and its sizes. */
    record Entry(long localHeaderOffset, int method, long compressedSize, long size) {
    }

    private final ByteBuffer zip;
    private final Map<String, Entry> entries;

    private ZipDirectory(ByteBuffer zip, Map<String, Entry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    static Optional<ZipDirectory> read(byte[] content, int maxEntries) {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(zip);
        if (end < 0) {
            return Optional.empty();
        }
        int count = Short.toUnsignedInt(zip.getShort(end + 10));
        long size = Integer.toUnsignedLong(zip.getInt(end + 12));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        if (count > maxEntries || offset + size > end) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || zip.getInt(at) != CENTRAL_SIGNATURE) {
                return Optional.empty();
            }
            int method = Short.toUnsignedInt(zip.getShort(at + 10));
            long compressed = Integer.toUnsignedLong(zip.getInt(at + 20));
            long uncompressed = Integer.toUnsignedLong(zip.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
            long local = Integer.toUnsignedLong(zip.getInt(at + 42));
            if (at + 46 + nameLength > end) {
                return Optional.empty();
            }
            String name = new String(content, at + 46, nameLength, StandardCharsets.UTF_8);
            entries.putIfAbsent(name, new Entry(local, method, compressed, uncompressed));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(new ZipDirectory(zip, entries));
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** A STORED (uncompressed) entry of at most {@code max} bytes, as ODF keeps its {@code mimetype}. */
    Optional<byte[]> stored(String name, int max) {
        Entry entry = entries.get(name);
        if (entry == null || entry.method() != 0 || entry.size() > max || entry.compressedSize() != entry.size()) {
            return Optional.empty();
        }
        int local = (int) entry.localHeaderOffset();
        if (local < 0 || local + 30 > zip.limit() || zip.getInt(local) != LOCAL_SIGNATURE) {
            return Optional.empty();
        }
        int start = local + 30 + Short.toUnsignedInt(zip.getShort(local + 26)) + Short.toUnsignedInt(zip.getShort(local + 28));
        if (start + entry.size() > zip.limit()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[(int) entry.size()];
        zip.get(start, bytes);
        return Optional.of(bytes);
    }

    /** The end-of-central-directory record: the last 22 bytes, or earlier by the archive's comment. */
    private static int findEnd(ByteBuffer zip) {
        int last = zip.limit() - END_SIZE;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (zip.getInt(at) == END_SIGNATURE && at + END_SIZE + Short.toUnsignedInt(zip.getShort(at + 20)) == zip.limit()) {
                return at;
            }
        }
        return -1;
    }
}
