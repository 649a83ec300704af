package se.sodertalje.euportal.organisation;

import java.time.LocalDate;
import java.util.List;

/** How many active units have an active international coordinator today, and which do not. */
public record CoverageView(LocalDate date, int activeUnits, int unitsWithCoordinator,
        List<UnitSummary> unitsWithoutCoordinator) {
}
