package se.sodertalje.euportal.dashboard;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.idea.ScreeningRateView;

/** The screening rate per unit over the filter's years (the yearly follow-up's counts added up), and in total. */
@Schema(name = "PortfolioScreening", requiredProperties = {"years", "units", "total"})
public record ScreeningFigures(
        @Schema(description = "The years with ideas that were counted") List<Integer> years,
        List<ScreeningRateView.UnitRate> units,
        ScreeningRateView.Total total) {
}
