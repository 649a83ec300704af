package se.sodertalje.euportal.application.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone who may be added to a team, named as their last token gave them. */
@Schema(requiredProperties = {"subject", "name", "email"})
public record TeamCandidateView(String subject, String name, @Schema(nullable = true) String email) {
}
