package se.sodertalje.euportal.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.Language;

/** The language the caller chooses. */
@Schema(requiredProperties = {"language"})
public record LanguageChoice(Language language) {
}
