package se.sodertalje.euportal.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.application.ApplicationStatus;

/** The portfolio's figures for one group of applications (a unit, fund, programme, year, or all); money in SEK. */
@Schema(requiredProperties = {"applications", "statuses", "granted", "rejected", "successRatePercent", "euAppliedFor",
        "euGranted", "coFinancing", "euClaimed", "euReceived"})
public record PortfolioFigures(
        long applications,
        @Schema(description = "How many applications are in each status, every status listed") List<StatusCount> statuses,
        long granted,
        long rejected,
        @Schema(nullable = true, description = "granted ÷ (granted + rejected) × 100, half-up to two decimals; "
                + "null when none is decided") BigDecimal successRatePercent,
        @Schema(description = "EU share of the submitted budget versions") BigDecimal euAppliedFor,
        @Schema(description = "The funders' grants") BigDecimal euGranted,
        @Schema(description = "Partner contributions of the granted budgets (their last version)") BigDecimal coFinancing,
        @Schema(description = "EU amounts of financial reports sent to the funder") BigDecimal euClaimed,
        @Schema(description = "The funders' payments of those claims") BigDecimal euReceived) {

    @Schema(name = "PortfolioStatusCount", requiredProperties = {"status", "count"})
    public record StatusCount(ApplicationStatus status, long count) {
    }
}
