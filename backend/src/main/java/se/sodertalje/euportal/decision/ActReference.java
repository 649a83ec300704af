package se.sodertalje.euportal.decision;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An act's reference: a CELEX number (sector, year, type, number: 32016R0679, 52020DC0102, a
 * corrigendum R(01), a consolidated version -20180525) or an http(s) link. A CELEX number links to EUR-Lex.
 */
public final class ActReference {

    static final Pattern CELEX = Pattern.compile("^[0-9CE]\\d{4}[A-Z]{1,2}\\d{4}(R\\(\\d{2}\\))?(-\\d{8})?$");

    private ActReference() {
    }

    public static boolean isCelex(String reference) {
        return CELEX.matcher(reference).matches();
    }

    /** Whether it is a CELEX number or an absolute http(s) link with a host. */
    public static boolean isValid(String reference) {
        return reference != null && (isCelex(reference.trim()) || link(reference.trim()).isPresent());
    }

    /** Where to read the act: the link itself, or the CELEX number's EUR-Lex page. */
    public static String url(String reference) {
        return isCelex(reference) ? "https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:" + reference : reference;
    }

    private static Optional<URI> link(String reference) {
        try {
            URI uri = new URI(reference);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank()
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
