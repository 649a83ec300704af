package se.sodertalje.euportal.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.bounds.Quantity;

/** An output or result indicator as a progress report states it: its target and this period's value. */
@Schema(requiredProperties = {"code", "name", "type", "target", "thisPeriod"})
public record Indicator(
        @NotBlank @Size(max = 40) @Schema(description = "The programme's code, e.g. RCO 87") String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull IndicatorType type,
        @Size(max = 40) @Schema(nullable = true, description = "e.g. organisations, participants") String unit,
        @NotNull @Quantity BigDecimal target,
        @NotNull @Quantity @Schema(description = "Achieved in this report's period") BigDecimal thisPeriod) {

    /** Output indicators count what the project delivers; result indicators its effect. */
    public enum IndicatorType {
        OUTPUT, RESULT
    }
}
