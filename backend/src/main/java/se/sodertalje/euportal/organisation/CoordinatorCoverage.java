package se.sodertalje.euportal.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Policy 2.d.iii: every unit must have an international contact person (coordinator). A unit is
 * covered on a day when one of its contact persons has that role and is active that day.
 */
public final class CoordinatorCoverage {

    private CoordinatorCoverage() {
    }

    /** The active units without an active coordinator on the given day, by name. */
    public static List<Unit> unitsWithoutCoordinator(Collection<Unit> units, Collection<ContactPerson> contacts,
            LocalDate day) {
        Set<UUID> covered = contacts.stream().filter(c -> c.isActiveCoordinatorOn(day))
                .map(c -> c.unitId).collect(Collectors.toSet());
        return units.stream().filter(u -> u.active && !covered.contains(u.id))
                .sorted(Comparator.comparing((Unit u) -> u.name.toLowerCase()).thenComparing(u -> u.code))
                .toList();
    }
}
