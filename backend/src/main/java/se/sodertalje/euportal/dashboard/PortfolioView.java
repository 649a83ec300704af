package se.sodertalje.euportal.dashboard;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.organisation.CoverageView;
import se.sodertalje.euportal.programme.Fund;

/** The EU portfolio for management reporting: figures in total and by unit, fund, programme and year; money in SEK. */
@Schema(requiredProperties = {"filter", "currency", "total", "byUnit", "byFund", "byProgramme", "byYear", "screening",
        "coordinatorCoverage", "unconverted"})
public record PortfolioView(
        PortfolioFilter filter,
        @Schema(description = "Always SEK") String currency,
        PortfolioFigures total,
        List<UnitFigures> byUnit,
        @Schema(description = "Applications without a call yet are under fund null") List<FundFigures> byFund,
        @Schema(description = "Applications without a call yet are under programme null") List<ProgrammeFigures> byProgramme,
        List<YearFigures> byYear,
        ScreeningFigures screening,
        @Schema(description = "Active units and those without an active international coordinator today")
        CoverageView coordinatorCoverage,
        @Schema(description = "Applications with an EUR amount but no planning rate: that amount is left out of the sums")
        List<UnconvertedApplication> unconverted) {

    @Schema(name = "PortfolioUnitFigures", requiredProperties = {"unitId", "unitCode", "unitName", "figures"})
    public record UnitFigures(UUID unitId, String unitCode, String unitName, PortfolioFigures figures) {
    }

    @Schema(name = "PortfolioFundFigures", requiredProperties = {"fund", "figures"})
    public record FundFigures(@Schema(nullable = true) Fund fund, PortfolioFigures figures) {
    }

    @Schema(name = "PortfolioProgrammeFigures", requiredProperties = {"programmeId", "programmeCode", "programmeName",
            "fund", "figures"})
    public record ProgrammeFigures(@Schema(nullable = true) UUID programmeId, @Schema(nullable = true) String programmeCode,
            @Schema(nullable = true) String programmeName, @Schema(nullable = true) Fund fund, PortfolioFigures figures) {
    }

    @Schema(name = "PortfolioYearFigures", requiredProperties = {"year", "figures"})
    public record YearFigures(int year, PortfolioFigures figures) {
    }

    @Schema(name = "PortfolioUnconvertedApplication", requiredProperties = {"applicationId", "title", "unitCode"})
    public record UnconvertedApplication(UUID applicationId, String title, String unitCode) {
    }
}
