package se.sodertalje.euportal.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's flat rates and co-financing plan. */
@Schema(requiredProperties = {"partnerId", "flatRates", "euRatePercent", "contributions"})
public record PartnerPlan(
        @NotNull UUID partnerId,
        @NotNull List<@Valid @NotNull FlatRateChoice> flatRates,
        @NotNull @Schema(description = "The EU share in percent of the partner's eligible total") BigDecimal euRatePercent,
        @NotNull @Schema(description = "The rest of the partner's total by source; must add up exactly")
        Map<ContributionSource, @NotNull BigDecimal> contributions) {
}
