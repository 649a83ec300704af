package se.sodertalje.euportal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoordinatorCoverageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Unit unit(String code, boolean active) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.code = code;
        unit.name = "Enhet " + code;
        unit.active = active;
        return unit;
    }

    private static ContactPerson person(Unit unit, LocalDate from, LocalDate to, ContactRole... roles) {
        ContactPerson person = new ContactPerson();
        person.unitId = unit.id;
        person.roles = EnumSet.copyOf(List.of(roles));
        person.activeFrom = from;
        person.activeTo = to;
        return person;
    }

    @Test
    void aUnitIsCoveredOnlyByAnActiveInternationalCoordinator() {
        Unit covered = unit("A", true);
        Unit formerOnly = unit("B", true);
        Unit managerOnly = unit("C", true);
        Unit futureOnly = unit("D", true);
        Unit inactive = unit("E", false);
        List<ContactPerson> people = List.of(
                person(covered, null, null, ContactRole.INTERNATIONAL_COORDINATOR),
                person(formerOnly, LocalDate.of(2020, 1, 1), TODAY.minusDays(1), ContactRole.INTERNATIONAL_COORDINATOR),
                person(managerOnly, null, null, ContactRole.EU_PROJECT_MANAGER),
                person(futureOnly, TODAY.plusDays(1), null, ContactRole.INTERNATIONAL_COORDINATOR));

        List<Unit> uncovered = CoordinatorCoverage.unitsWithoutCoordinator(
                List.of(covered, formerOnly, managerOnly, futureOnly, inactive), people, TODAY);

        assertEquals(List.of("B", "C", "D"), uncovered.stream().map(u -> u.code).toList());
    }

    @Test
    void anErasedPersonNoLongerCovers() {
        Unit unit = unit("A", true);
        ContactPerson erased = person(unit, null, null, ContactRole.INTERNATIONAL_COORDINATOR);
        erased.erased = true;
        assertEquals(1, CoordinatorCoverage.unitsWithoutCoordinator(List.of(unit), List.of(erased), TODAY).size());
    }
}
