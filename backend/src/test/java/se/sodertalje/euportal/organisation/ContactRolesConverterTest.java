package se.sodertalje.euportal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactRolesConverterTest {

    private final ContactRolesConverter converter = new ContactRolesConverter();

    @Test
    void shouldStoreRolesInTheirDeclaredOrderAndReadThemBack() {
        Set<ContactRole> roles = Set.of(ContactRole.OTHER, ContactRole.INTERNATIONAL_COORDINATOR);
        String column = converter.convertToDatabaseColumn(roles);
        assertEquals("INTERNATIONAL_COORDINATOR,OTHER", column);
        assertEquals(EnumSet.of(ContactRole.INTERNATIONAL_COORDINATOR, ContactRole.OTHER),
                converter.convertToEntityAttribute(column));
        assertEquals(EnumSet.noneOf(ContactRole.class), converter.convertToEntityAttribute(""));
    }
}
