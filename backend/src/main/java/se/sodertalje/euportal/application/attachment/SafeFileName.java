package se.sodertalje.euportal.application.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as users may give them are not safe to echo back: paths, control characters, quotes,
 * reserved device names, a misleading extension. A stored name keeps what the user recognises
 * (letters of any language, digits, spaces, dots, dashes) and ends in the extension of the
 * detected type.
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 120;
    private static final String FALLBACK = "bilaga";

    private SafeFileName() {
    }

    public static String of(String requested, FileType type) {
        String name = requested == null ? "" : Normalizer.normalize(requested, Normalizer.Form.NFC);
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("_+", "_").strip();
        name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("\\.", "_");
        if (base.isBlank() || base.toUpperCase(Locale.ROOT).matches("(CON|PRN|AUX|NUL|COM\\d|LPT\\d)")) {
            base = FALLBACK;
        }
        String extension = "." + type.extension();
        if (base.length() + extension.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH - extension.length());
        }
        return base + extension;
    }

    /** A Content-Disposition value with an ASCII fallback and the UTF-8 name (RFC 6266). */
    public static String contentDisposition(String safeName) {
        String ascii = Normalizer.normalize(safeName, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "")
                .replace("\"", "");
        String encoded = URLEncoder.encode(safeName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + (ascii.isBlank() ? FALLBACK : ascii) + "\"; filename*=UTF-8''" + encoded;
    }
}
