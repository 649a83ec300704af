package se.sodertalje.euportal.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.idea.ScreeningRateView;

/** Each figure of the portfolio as the table its export writes; the slugs name them in the export paths. */
final class PortfolioTables {

    static final List<String> FIGURES = List.of("by-unit", "by-fund", "by-programme", "by-year", "screening",
            "units-without-coordinator");

    private static final List<String> FIGURE_COLUMNS = figureColumns();

    private PortfolioTables() {
    }

    /** The figure's table, or null when there is no figure of that name. */
    static FigureTable of(String figure, PortfolioView view) {
        return switch (figure) {
            case "by-unit" -> grouped(figure, List.of("Unit code", "Unit"), view.byUnit(),
                    u -> List.of(u.unitCode(), u.unitName()), PortfolioView.UnitFigures::figures);
            case "by-fund" -> grouped(figure, List.of("Fund"), view.byFund(),
                    f -> Arrays.asList(f.fund() == null ? "(no call)" : f.fund().name()), PortfolioView.FundFigures::figures);
            case "by-programme" -> grouped(figure, List.of("Programme code", "Programme", "Fund"), view.byProgramme(),
                    p -> Arrays.asList(p.programmeCode() == null ? "(no call)" : p.programmeCode(), p.programmeName(),
                            p.fund() == null ? null : p.fund().name()), PortfolioView.ProgrammeFigures::figures);
            case "by-year" -> grouped(figure, List.of("Year"), view.byYear(), y -> List.of(y.year()),
                    PortfolioView.YearFigures::figures);
            case "screening" -> screening(view.screening());
            case "units-without-coordinator" -> new FigureTable(figure, List.of("Unit code", "Unit", "Type"),
                    view.coordinatorCoverage().unitsWithoutCoordinator().stream()
                            .map(u -> List.<Object>of(u.code(), u.name(), u.type().name())).toList());
            default -> null;
        };
    }

    private static <T> FigureTable grouped(String name, List<String> keys, List<T> groups, Function<T, List<Object>> key,
            Function<T, PortfolioFigures> figures) {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(FIGURE_COLUMNS);
        List<List<Object>> rows = new ArrayList<>();
        for (T group : groups) {
            List<Object> row = new ArrayList<>(key.apply(group));
            PortfolioFigures f = figures.apply(group);
            row.add(f.applications());
            f.statuses().forEach(s -> row.add(s.count()));
            row.addAll(Arrays.asList(f.successRatePercent(), f.euAppliedFor(), f.euGranted(), f.coFinancing(),
                    f.euClaimed(), f.euReceived()));
            rows.add(row);
        }
        return new FigureTable(name, columns, rows);
    }

    private static FigureTable screening(ScreeningFigures screening) {
        List<List<Object>> rows = new ArrayList<>();
        for (ScreeningRateView.UnitRate u : screening.units()) {
            rows.add(Arrays.asList(u.unitCode(), u.unitName(), u.ideas(), u.screened(), u.ratePercent()));
        }
        rows.add(Arrays.asList(null, "Total", screening.total().ideas(), screening.total().screened(),
                screening.total().ratePercent()));
        return new FigureTable("screening", List.of("Unit code", "Unit", "Ideas", "Screened", "Screening rate %"), rows);
    }

    private static List<String> figureColumns() {
        List<String> columns = new ArrayList<>(List.of("Applications"));
        Arrays.stream(ApplicationStatus.values()).forEach(s -> columns.add(s.name()));
        columns.addAll(List.of("Success rate %", "EU applied for (SEK)", "EU granted (SEK)", "Co-financing (SEK)",
                "EU claimed (SEK)", "EU received (SEK)"));
        return columns;
    }
}
