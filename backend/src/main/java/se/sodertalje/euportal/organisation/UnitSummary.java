package se.sodertalje.euportal.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** A unit named in another answer (coverage, the caller's units). */
@Schema(requiredProperties = {"id", "code", "name", "type"})
public record UnitSummary(UUID id, String code, String name, UnitType type) {

    static UnitSummary of(Unit unit) {
        return new UnitSummary(unit.id, unit.code, unit.name, unit.type);
    }
}
