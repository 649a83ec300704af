package se.sodertalje.euportal.programme.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did. */
@Schema(requiredProperties = {"created", "updated", "programmesCreated"})
public record ImportResult(int created, int updated, int programmesCreated) {
}
