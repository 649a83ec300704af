package se.sodertalje.euportal.rate;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/** Looks up the monthly EUR rates other features convert with (a financial report freezes one). */
@ApplicationScoped
public class ExchangeRates {

    /** Units of the currency per 1 EUR in that month, if an advisor has recorded it. */
    public Optional<BigDecimal> unitsPerEur(String currency, YearMonth month) {
        ExchangeRate rate = ExchangeRate.findById(new ExchangeRate.Key(currency, month.atDay(1)));
        return Optional.ofNullable(rate).map(r -> r.unitsPerEur);
    }
}
