package se.sodertalje.euportal.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Maps units and contact persons to their API views and to history snapshots (API field names). */
final class OrganisationMapper {

    private OrganisationMapper() {
    }

    static UnitView view(Unit unit, String parentName) {
        return new UnitView(unit.id, unit.code, unit.name, unit.type, unit.parentId, parentName, unit.active,
                unit.version);
    }

    static Map<String, Object> snapshot(Unit unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", unit.code);
        fields.put("name", unit.name);
        fields.put("type", unit.type);
        fields.put("parentId", unit.parentId);
        fields.put("active", unit.active);
        return fields;
    }

    static ContactPersonView view(ContactPerson person, Unit unit, LocalDate today) {
        return new ContactPersonView(person.id, person.unitId, unit.code, unit.name, person.name, person.title,
                person.email, person.phone, person.roles, person.activeFrom, person.activeTo,
                person.period().covers(today), person.erased, person.version);
    }

    static Map<String, Object> snapshot(ContactPerson person) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unitId", person.unitId);
        fields.put("name", person.name);
        fields.put("title", person.title);
        fields.put("email", person.email);
        fields.put("phone", person.phone);
        fields.put("roles", person.roles == null ? "" : person.roles.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")));
        fields.put("activeFrom", person.activeFrom);
        fields.put("activeTo", person.activeTo);
        fields.put("erased", person.erased);
        return fields;
    }
}
