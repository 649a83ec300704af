package se.sodertalje.euportal.rate;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to record a month's rate; the currency and month are in the path. */
@Schema(requiredProperties = {"unitsPerEur"})
public record ExchangeRateRequest(
        @Schema(description = "Units of the currency per 1 EUR: above zero, at most 6 decimals", example = "11.4830")
        BigDecimal unitsPerEur,
        @Schema(nullable = true, maxLength = RateRules.MAX_SOURCE, description = "Where the figure comes from",
                example = "InforEuro, November 2026") String source) {
}
