package se.sodertalje.euportal.rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monthly EUR rate as the API shows it. */
@Schema(requiredProperties = {"currency", "month", "unitsPerEur", "source", "updatedByName", "updatedAt", "version"})
public record ExchangeRateView(
        @Schema(description = "ISO 4217 code, never EUR", example = "SEK") String currency,
        @Schema(description = "The month, YYYY-MM", example = "2026-11", pattern = "^\\d{4}-\\d{2}$") String month,
        @Schema(description = "Units of the currency per 1 EUR, at most 6 decimals", example = "11.4830") BigDecimal unitsPerEur,
        @Schema(nullable = true, description = "Where the figure comes from, e.g. InforEuro") String source,
        @Schema(nullable = true, description = "Who recorded it last") String updatedByName,
        Instant updatedAt,
        long version) {

    static ExchangeRateView of(ExchangeRate rate) {
        return new ExchangeRateView(rate.currency, YearMonth.from(rate.month).toString(), rate.unitsPerEur, rate.source,
                rate.updatedByName, rate.updatedAt, rate.version);
    }
}
