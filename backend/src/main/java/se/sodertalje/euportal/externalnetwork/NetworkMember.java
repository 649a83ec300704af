package se.sodertalje.euportal.externalnetwork;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of an external network from the municipality: a person, their unit and role in the network. */
@Schema(name = "ExternalNetworkMember", requiredProperties = {"name"})
public record NetworkMember(@NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) UUID unitId,
        @Size(max = 200) @Schema(nullable = true, description = "e.g. board member, contact") String role,
        @Email @Size(max = 254) @Schema(nullable = true) String email) {
}
