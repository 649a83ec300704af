package se.sodertalje.euportal.budget;

import se.sodertalje.euportal.common.bounds.MoneyAmount;
import se.sodertalje.euportal.common.bounds.Percent;
import jakarta.validation.constraints.Size;
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
        @NotNull @Size(max = 100) List<@Valid @NotNull FlatRateChoice> flatRates,
        @NotNull @Percent @Schema(description = "The EU share in percent of the partner's eligible total") BigDecimal euRatePercent,
        @NotNull @Schema(description = "The rest of the partner's total by source; must add up exactly")
        @Size(max = 20) Map<ContributionSource, @NotNull @MoneyAmount BigDecimal> contributions) {
}
