package se.sodertalje.euportal.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The user (or "system") who made a change. */
@Schema(requiredProperties = {"subject", "name"})
public record Actor(String subject, String name) {
}
