package se.sodertalje.euportal.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a unit. */
@Schema(name = "UnitRequest")
public record UnitRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]*$", message = "must be upper-case letters, digits, '-' or '_'")
        @Schema(description = "Stable code, also the name of the unit's Keycloak group under /units", examples = "SOC")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitType type,
        UUID parentId,
        @NotNull Boolean active) {
}
