package se.sodertalje.euportal.twintown;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person of the twin town (on their side, or the municipality's own contact for it). */
@Schema(requiredProperties = {"name"})
public record TwinTownContact(@NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Schema(nullable = true, description = "Role or title") String role,
        @Email @Size(max = 254) @Schema(nullable = true) String email,
        @Size(max = 50) @Schema(nullable = true) String phone) {
}
