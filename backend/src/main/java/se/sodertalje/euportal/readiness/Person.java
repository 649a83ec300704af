package se.sodertalje.euportal.readiness;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone who may take a step: a known user (with their subject) or a registered contact person (without). */
@Schema(requiredProperties = {"name"})
public record Person(
        @Schema(nullable = true, description = "The user's id when they have used the portal") String subject,
        String name,
        @Schema(nullable = true) String email) {
}
