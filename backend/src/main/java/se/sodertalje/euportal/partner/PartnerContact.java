package se.sodertalje.euportal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person at a partner organisation. */
@Schema(requiredProperties = {"name"})
public record PartnerContact(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Schema(nullable = true, description = "Their role, e.g. EU coordinator") String role,
        @Email @Size(max = 254) @Schema(nullable = true) String email,
        @Size(max = 50) @Schema(nullable = true) String phone) {
}
