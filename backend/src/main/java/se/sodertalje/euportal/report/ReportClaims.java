package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetForClaims;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.rate.ExchangeRates;

/**
 * A financial report's claim: the budget it is measured against, its figures after control and
 * with the earlier claims ({@link ClaimCalculator}), and the exchange rate frozen at its first submission.
 */
@ApplicationScoped
public class ReportClaims {

    @Inject
    ReportAccess access;

    @Inject
    BudgetForClaims budgets;

    @Inject
    ClaimControl controlled;

    @Inject
    ExchangeRates rates;

    @Inject
    Clock clock;

    /** The claim's figures: with the frozen rate, or (until the first submission) this month's if recorded. */
    public ClaimSummary claim(UUID id) {
        ProjectReport report = access.reachable(id);
        if (report.kind != ReportKind.FINANCIAL) {
            throw ApiProblem.conflict(ProblemCode.REPORT_009, "Only a financial report claims money");
        }
        return claimOf(report);
    }

    /** The project's application (its budget and partnership). */
    public Application applicationOf(ProjectReport report) {
        Project project = Project.findById(report.projectId);
        return Application.findById(project.applicationId);
    }

    /** The budget claims are measured against; an empty SEK budget when the application has none. */
    public BudgetContent budgetOf(Application application) {
        BudgetContent current = budgets.current(application.id);
        return current != null ? current : new BudgetContent(Currency.SEK, null, List.of(), List.of());
    }

    /**
     * The figures of a financial report (see {@link #claim(UUID)}): after its control, when it has one, and
     * measured against the earlier claims as controlled and as the funder corrected them.
     */
    public ClaimSummary claimOf(ProjectReport report) {
        return claimWith(report, controlled.lines(report, null));
    }

    /** The figures of a financial report if it claimed these lines (e.g. as declared, before control). */
    public ClaimSummary claimWith(ProjectReport report, List<ClaimLine> thisClaim) {
        BudgetContent budget = budgetOf(applicationOf(report));
        Map<Integer, List<ClaimLine>> claims = new TreeMap<>();
        claims.put(report.periodNumber, thisClaim);
        ProjectReport.<ProjectReport>list("projectId = ?1 and kind = ?2 and periodNumber < ?3 and firstSubmittedAt is not null",
                report.projectId, ReportKind.FINANCIAL, report.periodNumber)
                .forEach(earlier -> claims.put(earlier.periodNumber, controlled.lines(earlier, budget.currency())));
        BigDecimal rate = report.unitsPerEur != null ? report.unitsPerEur
                : rates.unitsPerEur("SEK", YearMonth.now(clock.withZone(Clocks.STOCKHOLM))).orElse(null);
        return ClaimCalculator.summarise(report.periodNumber, claims, budget, rate);
    }

    /**
     * At a financial report's first submission (and at a later one if it had no rate then): the
     * rate of the month of the first submission, frozen with the report; REPORT-004 if it is missing.
     */
    Optional<FieldError> freezeRate(ProjectReport report) {
        if (report.unitsPerEur != null) {
            return Optional.empty();
        }
        List<Currency> currencies = Expenditure.<Expenditure>list("reportId", report.id).stream().map(e -> e.currency)
                .distinct().toList();
        if (!ReportRules.needsRate(budgetOf(applicationOf(report)).currency(), currencies)) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(report.firstSubmittedAt.atZone(Clocks.STOCKHOLM));
        Optional<BigDecimal> rate = rates.unitsPerEur("SEK", month);
        if (rate.isEmpty()) {
            return Optional.of(ReportRules.missingRate(month));
        }
        report.rateMonth = month.atDay(1);
        report.unitsPerEur = rate.get();
        return Optional.empty();
    }
}
