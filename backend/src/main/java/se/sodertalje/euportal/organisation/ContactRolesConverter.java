package se.sodertalje.euportal.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a contact person's roles as one comma-separated column, in the enum's order. */
@Converter
public class ContactRolesConverter implements AttributeConverter<Set<ContactRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ContactRole> roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ContactRole> convertToEntityAttribute(String column) {
        EnumSet<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(ContactRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
