package se.sodertalje.euportal.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.Language;

/**
 * The language the server writes to the caller in. {@code chosen} is false while the user has never
 * chosen one (then it is Swedish, and a client may store the language its user is reading in).
 */
@Schema(requiredProperties = {"language", "chosen"})
public record LanguageView(Language language, boolean chosen) {
}
