package se.sodertalje.euportal.report;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of a progress report with what earlier periods achieved: previous + this period = cumulative. */
@Schema(requiredProperties = {"code", "name", "type", "target", "previous", "thisPeriod", "cumulative"})
public record IndicatorProgress(String code, String name, Indicator.IndicatorType type,
        @Schema(nullable = true) String unit, BigDecimal target,
        @Schema(description = "The sum of earlier periods' submitted progress reports") BigDecimal previous,
        BigDecimal thisPeriod, BigDecimal cumulative) {
}
