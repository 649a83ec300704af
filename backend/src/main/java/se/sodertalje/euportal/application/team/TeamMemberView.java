package se.sodertalje.euportal.application.team;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** A team member with their name and e-mail as their last token gave them. */
@Schema(requiredProperties = {"subject", "name", "email", "addedBy", "addedAt"})
public record TeamMemberView(String subject, String name, @Schema(nullable = true) String email, Actor addedBy,
        Instant addedAt) {
}
