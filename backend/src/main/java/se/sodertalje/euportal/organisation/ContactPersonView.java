package se.sodertalje.euportal.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A contact person as the API shows it; {@code active} says whether today lies in the active period. */
@Schema(requiredProperties = {"id", "unitId", "unitCode", "unitName", "name", "roles", "active", "erased", "version"})
public record ContactPersonView(UUID id, UUID unitId, String unitCode, String unitName, String name, String title,
        String email, String phone, Set<ContactRole> roles, LocalDate activeFrom, LocalDate activeTo,
        boolean active, boolean erased, long version) {
}
