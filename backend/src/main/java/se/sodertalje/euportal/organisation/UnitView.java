package se.sodertalje.euportal.organisation;

import java.util.UUID;

/** A unit as the API shows it. */
public record UnitView(UUID id, String code, String name, UnitType type, UUID parentId, String parentName,
        boolean active, long version) {
}
