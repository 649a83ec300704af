package se.sodertalje.euportal.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.sodertalje.euportal.security.UnitAccess;

/** Coordinator coverage over the units the caller may see. */
@ApplicationScoped
public class CoverageService {

    @Inject
    UnitAccess access;

    @Inject
    Clock clock;

    public CoverageView coverage() {
        List<Unit> units = access.restriction()
                .map(ids -> ids.isEmpty() ? List.<Unit>of() : Unit.<Unit>list("active = true and id in ?1", ids))
                .orElseGet(() -> Unit.list("active", true));
        List<ContactPerson> contacts = units.isEmpty() ? List.of()
                : ContactPerson.list("unitId in ?1", units.stream().map(u -> u.id).toList());
        LocalDate today = LocalDate.now(clock);
        List<Unit> uncovered = CoordinatorCoverage.unitsWithoutCoordinator(units, contacts, today);
        return new CoverageView(today, units.size(), units.size() - uncovered.size(),
                uncovered.stream().map(UnitSummary::of).toList());
    }
}
