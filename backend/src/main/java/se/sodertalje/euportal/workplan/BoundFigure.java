package se.sodertalje.euportal.workplan;

import se.sodertalje.euportal.event.EventStatistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.dashboard.PortfolioFigures;
import se.sodertalje.euportal.organisation.CoverageView;

/**
 * THE registry of figures a work-plan indicator can be bound to. Each names its measure, the filters
 * it honours, its names in both languages and how it is read from the portal's own computation (the
 * portfolio, for the plan's year). A new figure is one more constant here; {@link FigureSource#bean}
 * reaches any service of the portal.
 */
public enum BoundFigure {

    APPLICATIONS_SUBMITTED(PlanContent.Measure.COUNT, Filter.ALL, "Ansökningar inskickade", "Applications submitted",
            (s, b, year) -> {
                // Submitted to the funder: still waiting, or decided either way (the portfolio's status counts).
                PortfolioFigures total = s.portfolio(b, year).total();
                return BigDecimal.valueOf(total.statuses().stream().filter(c -> c.status() == ApplicationStatus.SUBMITTED
                        || c.status() == ApplicationStatus.GRANTED || c.status() == ApplicationStatus.REJECTED)
                        .mapToLong(PortfolioFigures.StatusCount::count).sum());
            }),
    APPLICATIONS_GRANTED(PlanContent.Measure.COUNT, Filter.ALL, "Ansökningar beviljade", "Applications granted",
            (s, b, year) -> BigDecimal.valueOf(s.portfolio(b, year).total().granted())),
    SUCCESS_RATE(PlanContent.Measure.PERCENT, Filter.ALL, "Andel beviljade (beviljade ÷ beslutade)",
            "Success rate (granted ÷ decided)", (s, b, year) -> s.portfolio(b, year).total().successRatePercent()),
    EU_APPLIED_FOR(PlanContent.Measure.SEK, Filter.ALL, "EU-medel sökta", "EU money applied for",
            (s, b, year) -> s.portfolio(b, year).total().euAppliedFor()),
    EU_GRANTED(PlanContent.Measure.SEK, Filter.ALL, "EU-medel beviljade", "EU money granted",
            (s, b, year) -> s.portfolio(b, year).total().euGranted()),
    EU_RECEIVED(PlanContent.Measure.SEK, Filter.ALL, "EU-medel utbetalda", "EU money received",
            (s, b, year) -> s.portfolio(b, year).total().euReceived()),
    CO_FINANCING(PlanContent.Measure.SEK, Filter.ALL, "Medfinansiering utlovad", "Co-financing committed",
            (s, b, year) -> s.portfolio(b, year).total().coFinancing()),
    SCREENING_RATE(PlanContent.Measure.PERCENT, EnumSet.of(Filter.UNIT), "Andel projektidéer prövade mot EU-finansiering",
            "Ideas screened for EU funding", (s, b, year) -> s.portfolio(b, year).screening().total().ratePercent()),
    COORDINATOR_COVERAGE(PlanContent.Measure.PERCENT, EnumSet.of(Filter.UNIT),
            "Aktiva enheter med internationell samordnare", "Active units with an international coordinator",
            (s, b, year) -> coveragePercent(s.portfolio(b, year).coordinatorCoverage())),
    PROJECTS_RUNNING(PlanContent.Measure.COUNT, Filter.ALL, "Pågående projekt", "Projects running",
            (s, b, year) -> BigDecimal.valueOf(s.projectsRunning(b))),
    PROJECT_FINANCED_SHARE(PlanContent.Measure.PERCENT, EnumSet.noneOf(Filter.class),
            "Kontorets projektfinansierade andel", "The office's project-financed share",
            (s, b, year) -> s.projectFinancedShare(year)),
    EVENTS_HELD(PlanContent.Measure.COUNT, EnumSet.noneOf(Filter.class), "Utbildningar och träffar hållna",
            "Trainings and events held", (s, b, year) -> BigDecimal.valueOf(s.bean(EventStatistics.class).year(year).events())),
    EVENT_PARTICIPANTS(PlanContent.Measure.COUNT, EnumSet.noneOf(Filter.class), "Deltagare i utbildningar och träffar",
            "Participants in trainings and events",
            (s, b, year) -> BigDecimal.valueOf(s.bean(EventStatistics.class).year(year).participants())),
    EVENT_UNITS_REACHED(PlanContent.Measure.COUNT, EnumSet.noneOf(Filter.class), "Enheter nådda av utbildningar och träffar",
            "Units reached by trainings and events",
            (s, b, year) -> BigDecimal.valueOf(s.bean(EventStatistics.class).year(year).unitsReached()));

    /** What a binding may narrow a figure by. */
    public enum Filter {
        UNIT, FUND, PROGRAMME;

        static final Set<Filter> ALL = EnumSet.allOf(Filter.class);
    }

    /** Reads one figure for a binding and the plan's year; null when the figure has no value (e.g. nothing decided). */
    @FunctionalInterface
    interface Reading {
        BigDecimal value(FigureSource source, PlanContent.Binding binding, int year);
    }

    private final PlanContent.Measure measure;
    private final Set<Filter> filters;
    private final String nameSv;
    private final String nameEn;
    private final Reading reading;

    BoundFigure(PlanContent.Measure measure, Set<Filter> filters, String nameSv, String nameEn, Reading reading) {
        this.measure = measure;
        this.filters = filters;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
        this.reading = reading;
    }

    public PlanContent.Measure measure() {
        return measure;
    }

    public Set<Filter> filters() {
        return filters;
    }

    public String name(boolean english) {
        return english ? nameEn : nameSv;
    }

    BigDecimal value(FigureSource source, PlanContent.Binding binding, int year) {
        return reading.value(source, binding, year);
    }

    /** Active units with an active coordinator × 100 ÷ active units, half-up to two decimals; null without units. */
    static BigDecimal coveragePercent(CoverageView coverage) {
        if (coverage.activeUnits() == 0) {
            return null;
        }
        return BigDecimal.valueOf(coverage.unitsWithCoordinator()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(coverage.activeUnits()), 2, RoundingMode.HALF_UP);
    }
}
