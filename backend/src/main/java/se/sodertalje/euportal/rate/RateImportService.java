package se.sodertalje.euportal.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import se.sodertalje.euportal.common.error.ApiProblem;

/**
 * Imports rates all or nothing: every row is checked first, and one bad row imports none. A month
 * already recorded is updated (left alone when the file says the same), a new one is created.
 */
@ApplicationScoped
public class RateImportService {

    @Inject
    EntityManager em;

    @Inject
    ExchangeRateService rates;

    @Inject
    Clock clock;

    @Transactional
    public RateImportResult importCsv(String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("The file is empty");
        }
        RateCsv.ParsedRates parsed = RateCsv.parse(body, YearMonth.now(clock));
        if (!parsed.errors().isEmpty()) {
            throw ApiProblem.importRefused(parsed.errors());
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RateCsv.ImportedRate row : parsed.rates()) {
            ExchangeRate rate = ExchangeRate.findById(new ExchangeRate.Key(row.currency(), row.month().atDay(1)));
            if (rate == null) {
                rate = new ExchangeRate();
                rate.currency = row.currency();
                rate.month = row.month().atDay(1);
                created++;
            } else if (rate.unitsPerEur.compareTo(row.unitsPerEur()) == 0 && Objects.equals(rate.source, row.source())) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            rate.unitsPerEur = row.unitsPerEur();
            rate.source = row.source();
            rates.stamp(rate);
            if (!rate.isPersistent()) {
                rate.persist();
            }
        }
        em.flush();
        return new RateImportResult(parsed.rows(), created, updated, unchanged);
    }
}
