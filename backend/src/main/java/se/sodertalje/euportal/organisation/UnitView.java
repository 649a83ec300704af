package se.sodertalje.euportal.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** A unit as the API shows it. */
@Schema(requiredProperties = {"id", "code", "name", "type", "parentId", "parentName", "active", "version"})
public record UnitView(
        UUID id,
        String code,
        String name,
        UnitType type,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID parentId,
        @Schema(nullable = true) String parentName,
        boolean active,
        long version) {
}
