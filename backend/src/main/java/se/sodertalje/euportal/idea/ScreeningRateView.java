package se.sodertalje.euportal.idea;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Screening rate of one year's ideas per unit (only units with ideas that year) and in total. */
@Schema(requiredProperties = {"year", "units", "total"})
public record ScreeningRateView(int year, List<UnitRate> units, Total total) {

    /** One unit's ideas created in the year and how many of them are screened. */
    @Schema(requiredProperties = {"unitId", "unitCode", "unitName", "ideas", "screened", "ratePercent"})
    public record UnitRate(UUID unitId, String unitCode, String unitName, long ideas, long screened,
            @Schema(nullable = true, description = "screened / ideas × 100, two decimals") BigDecimal ratePercent) {
    }

    /** The same over every unit listed. */
    @Schema(requiredProperties = {"ideas", "screened", "ratePercent"})
    public record Total(long ideas, long screened,
            @Schema(nullable = true, description = "null when there are no ideas") BigDecimal ratePercent) {
    }
}
