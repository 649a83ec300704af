package se.sodertalje.euportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetVersion;
import se.sodertalje.euportal.budget.ReportingPeriods;
import se.sodertalje.euportal.budget.VersionKind;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.organisation.CoverageService;
import se.sodertalje.euportal.organisation.CoverageView;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.organisation.UnitSummary;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.RuleSetRules;
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

    public PortfolioView portfolio(PortfolioFilter filter) {
        filter.validated();
        List<PortfolioRow> rows = query.rows(filter, access.restriction().orElse(null));
        Map<UUID, List<BudgetVersion>> versions = query.versions(rows.stream().map(PortfolioRow::applicationId).toList());

        PortfolioGroups groups = new PortfolioGroups();
        for (PortfolioRow row : rows) {
            List<BudgetVersion> own = versions.getOrDefault(row.applicationId(), List.of());
            groups.add(row, ApplicationMoney.of(row.status(), lastOf(own, VersionKind.SUBMITTED), lastOf(own, null),
                    row.callId() == null ? 0 : periodsOf(row), row.grantedAmount(), row.claimed(), row.received()));
        }
        return new PortfolioView(filter, "SEK", groups.total(), groups.byUnit(), groups.byFund(), groups.byProgramme(),
                groups.byYear(), screening.figures(filter), coverage(filter), groups.unconverted());
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

    /** The last version of a kind (any kind for null), or null. */
    private static BudgetContent lastOf(List<BudgetVersion> versions, VersionKind kind) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (kind == null || versions.get(i).kind == kind) {
                return versions.get(i).content;
            }
        }
        return null;
    }

    /** The project's reporting periods under its call's effective rules, as the budget counts them. */
    private static int periodsOf(PortfolioRow row) {
        FundingCall call = FundingCall.findById(row.callId());
        Programme programme = Programme.findById(call.programmeId);
        return ReportingPeriods.count(row.periodStart(), row.periodEnd(),
                RuleSetRules.effective(call.rules, programme.rules).reportingPeriodMonths());
    }
}
