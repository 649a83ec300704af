package se.sodertalje.euportal.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** How many active units have an active international coordinator today, and which do not. */
@Schema(requiredProperties = {"date", "activeUnits", "unitsWithCoordinator", "unitsWithoutCoordinator"})
public record CoverageView(LocalDate date, int activeUnits, int unitsWithCoordinator,
        List<UnitSummary> unitsWithoutCoordinator) {
}
