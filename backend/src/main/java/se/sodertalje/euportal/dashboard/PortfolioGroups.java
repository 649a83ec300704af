package se.sodertalje.euportal.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.sodertalje.euportal.programme.Fund;

/**
 * The applications' money added up in total and per unit, fund, programme and year; applications
 * without a call yet go under fund and programme null. Units come by name, funds in their order,
 * programmes by code, years ascending.
 */
final class PortfolioGroups {

    private final FigureTally total = new FigureTally();
    private final Map<UUID, Group> units = new HashMap<>();
    private final Map<Fund, FigureTally> funds = new EnumMap<>(Fund.class);
    private final FigureTally noFund = new FigureTally();
    private final Map<UUID, Group> programmes = new HashMap<>();
    private final Group noProgramme = new Group(null);
    private final Map<Integer, FigureTally> years = new TreeMap<>();

    /** A group's tally with the row that names it (its unit or programme). */
    private record Group(PortfolioRow named, FigureTally tally) {

        Group(PortfolioRow named) {
            this(named, new FigureTally());
        }
    }

    /** @param money the summed money of {@code applications} applications alike in the row's unit, programme, status and year */
    PortfolioGroups add(PortfolioRow row, ApplicationMoney money, long applications) {
        total.add(money, applications);
        units.computeIfAbsent(row.unitId(), k -> new Group(row)).tally().add(money, applications);
        (row.fund() == null ? noFund : funds.computeIfAbsent(row.fund(), k -> new FigureTally())).add(money, applications);
        (row.programmeId() == null ? noProgramme : programmes.computeIfAbsent(row.programmeId(), k -> new Group(row)))
                .tally().add(money, applications);
        years.computeIfAbsent(row.year(), k -> new FigureTally()).add(money, applications);
        return this;
    }

    PortfolioFigures total() {
        return total.figures();
    }

    List<PortfolioView.UnitFigures> byUnit() {
        return units.values().stream().map(g -> new PortfolioView.UnitFigures(g.named().unitId(), g.named().unitCode(),
                g.named().unitName(), g.tally().figures()))
                .sorted(Comparator.comparing((PortfolioView.UnitFigures u) -> u.unitName().toLowerCase())
                        .thenComparing(PortfolioView.UnitFigures::unitCode)).toList();
    }

    List<PortfolioView.FundFigures> byFund() {
        List<PortfolioView.FundFigures> rows = new ArrayList<>();
        funds.forEach((fund, tally) -> rows.add(new PortfolioView.FundFigures(fund, tally.figures())));
        if (noFund.figures().applications() > 0) {
            rows.add(new PortfolioView.FundFigures(null, noFund.figures()));
        }
        return rows;
    }

    List<PortfolioView.ProgrammeFigures> byProgramme() {
        List<PortfolioView.ProgrammeFigures> rows = new ArrayList<>(programmes.values().stream()
                .map(g -> new PortfolioView.ProgrammeFigures(g.named().programmeId(), g.named().programmeCode(),
                        g.named().programmeName(), g.named().fund(), g.tally().figures()))
                .sorted(Comparator.comparing(PortfolioView.ProgrammeFigures::programmeCode)).toList());
        if (noProgramme.tally().figures().applications() > 0) {
            rows.add(new PortfolioView.ProgrammeFigures(null, null, null, null, noProgramme.tally().figures()));
        }
        return rows;
    }

    List<PortfolioView.YearFigures> byYear() {
        return years.entrySet().stream().map(e -> new PortfolioView.YearFigures(e.getKey(), e.getValue().figures())).toList();
    }
}
