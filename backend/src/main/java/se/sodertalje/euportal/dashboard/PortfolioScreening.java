package se.sodertalje.euportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.idea.ScreeningRate;
import se.sodertalje.euportal.idea.ScreeningRateService;
import se.sodertalje.euportal.idea.ScreeningRateView;

/**
 * The screening rate per unit over the filter's years: the yearly follow-up of the idea feature
 * (same scoping, same counting) for each year with ideas, its counts added up per unit. Funds and
 * programmes do not narrow it: an idea is screened before it has a programme.
 */
@ApplicationScoped
class PortfolioScreening {

    @Inject
    ScreeningRateService rates;

    @Inject
    PortfolioQuery query;

    ScreeningFigures figures(PortfolioFilter filter) {
        List<Integer> years = query.ideaYears().stream().filter(filter::includesYear).toList();
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        Map<UUID, ScreeningRateView.UnitRate> units = new LinkedHashMap<>();
        for (int year : years) {
            for (ScreeningRateView.UnitRate unit : rates.rate(year).units()) {
                if (filter.unitIds().isEmpty() || filter.unitIds().contains(unit.unitId())) {
                    long[] c = counts.computeIfAbsent(unit.unitId(), k -> new long[2]);
                    c[0] += unit.ideas();
                    c[1] += unit.screened();
                    units.putIfAbsent(unit.unitId(), unit);
                }
            }
        }
        List<ScreeningRateView.UnitRate> rows = units.values().stream().map(u -> {
            long[] c = counts.get(u.unitId());
            return new ScreeningRateView.UnitRate(u.unitId(), u.unitCode(), u.unitName(), c[0], c[1],
                    ScreeningRate.percent(c[1], c[0]));
        }).sorted(Comparator.comparing((ScreeningRateView.UnitRate u) -> u.unitName().toLowerCase())
                .thenComparing(ScreeningRateView.UnitRate::unitCode)).toList();
        long ideas = rows.stream().mapToLong(ScreeningRateView.UnitRate::ideas).sum();
        long screened = rows.stream().mapToLong(ScreeningRateView.UnitRate::screened).sum();
        return new ScreeningFigures(years, rows, new ScreeningRateView.Total(ideas, screened,
                ScreeningRate.percent(screened, ideas)));
    }
}
