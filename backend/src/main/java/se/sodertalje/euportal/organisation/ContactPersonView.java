package se.sodertalje.euportal.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A contact person as the API shows it; {@code active} says whether today lies in the active period. */
@Schema(requiredProperties = {"id", "unitId", "unitCode", "unitName", "name", "title", "email", "phone", "roles",
        "activeFrom", "activeTo", "active", "erased", "version"})
public record ContactPersonView(
        UUID id,
        UUID unitId,
        String unitCode,
        String unitName,
        String name,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,
        Set<ContactRole> roles,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate activeFrom,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate activeTo,
        boolean active,
        boolean erased,
        long version) {
}
