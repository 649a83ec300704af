package se.sodertalje.euportal.idea;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Builds the yearly screening-rate follow-up from per-unit counts: units with ideas only, totals over them. */
public final class ScreeningRateReport {

    /** One unit's counts for the year, as the database returns them. */
    public record UnitCount(UUID unitId, String unitCode, String unitName, long ideas, long screened) {
    }

    private ScreeningRateReport() {
    }

    public static ScreeningRateView of(int year, List<UnitCount> counts) {
        List<ScreeningRateView.UnitRate> units = counts.stream()
                .filter(c -> c.ideas() > 0)
                .sorted(Comparator.comparing(UnitCount::unitName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(UnitCount::unitCode))
                .map(c -> new ScreeningRateView.UnitRate(c.unitId(), c.unitCode(), c.unitName(), c.ideas(),
                        c.screened(), ScreeningRate.percent(c.screened(), c.ideas())))
                .toList();
        long ideas = units.stream().mapToLong(ScreeningRateView.UnitRate::ideas).sum();
        long screened = units.stream().mapToLong(ScreeningRateView.UnitRate::screened).sum();
        return new ScreeningRateView(year, units,
                new ScreeningRateView.Total(ideas, screened, ScreeningRate.percent(screened, ideas)));
    }
}
