package se.sodertalje.euportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.organisation.CoverageService;
import se.sodertalje.euportal.organisation.CoverageView;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.organisation.UnitSummary;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * The portfolio over the units the caller may see: each application's money from its budget
 * versions and reports, added up in total and by unit, fund, programme and year; with the screening
 * rate and the coordinator coverage of the same units, from their own services.
 */
@ApplicationScoped
public class PortfolioService {

    @Inject
    PortfolioQuery query;

    @Inject
    UnitAccess access;

    @Inject
    PortfolioScreening screening;

    @Inject
    CoverageService coverage;

    @Inject
    PortfolioCache cache;

    /**
     * Adds up the groups the database formed, kept per filter until application_money changes
     * ({@link PortfolioCache}); the screening rate and the coverage are read each time.
     */
    public PortfolioView portfolio(PortfolioFilter filter) {
        filter.validated();
        Set<UUID> scope = access.restriction().map(Set::copyOf).orElse(null);
        PortfolioCache.Money money = cache.money(filter, scope, () -> new PortfolioCache.Money(
                query.groups(filter, scope), query.unconverted(filter, scope).stream()
                        .sorted(Comparator.comparing(PortfolioView.UnconvertedApplication::unitCode)
                                .thenComparing(PortfolioView.UnconvertedApplication::title)).toList()));
        PortfolioGroups groups = new PortfolioGroups();
        for (PortfolioQuery.Group group : money.groups()) {
            groups.add(group.named(), group.money(), group.applications());
        }
        return new PortfolioView(filter, "SEK", groups.total(), groups.byUnit(), groups.byFund(), groups.byProgramme(),
                groups.byYear(), screening.figures(filter), coverage(filter), money.unconverted());
    }

    /** One figure's table for export; 404 for a figure that does not exist. */
    public FigureTable table(String figure, PortfolioFilter filter) {
        if (!PortfolioTables.FIGURES.contains(figure)) {
            throw ApiProblem.notFound("Portfolio figure " + figure);
        }
        return PortfolioTables.of(figure, portfolio(filter));
    }

    /** The coordinator coverage of the caller's units, narrowed to the filter's units. */
    private CoverageView coverage(PortfolioFilter filter) {
        CoverageView all = coverage.coverage();
        if (filter.unitIds().isEmpty()) {
            return all;
        }
        int active = (int) access.restriction().map(scope -> filter.unitIds().stream().filter(scope::contains))
                .orElseGet(filter.unitIds()::stream).distinct()
                .map(id -> Unit.<Unit>findById(id))
                .filter(u -> u != null && u.active).count();
        List<UnitSummary> without = all.unitsWithoutCoordinator().stream()
                .filter(u -> filter.unitIds().contains(u.id())).toList();
        return new CoverageView(all.date(), active, active - without.size(), without);
    }
}
