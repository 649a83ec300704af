package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.rate.ExchangeRate;

/**
 * Demo SEK rates for the 24 months up to the current one, so that reports have something to convert
 * with. The figures are made up (between about 11.0 and 11.8 SEK per EUR) and say so in
 * their source: they are not InforEuro's. Loaded first (they depend on nothing), once, when no rate exists.
 */
@ApplicationScoped
public class DemoExchangeRates {

    static final String SOURCE = "Demodata: ungefärlig kurs, inte en InforEuro-kurs";
    /** Newest first: this month, the month before, … 23 months ago. */
    private static final String[] FIGURES = {
        "11.1290", "11.0870", "11.0515", "11.1020", "11.1845", "11.2410", "11.3185", "11.2760", "11.3540", "11.4235",
        "11.4980", "11.5510", "11.6125", "11.5740", "11.6630", "11.7215", "11.7685", "11.7140", "11.6420", "11.5875",
        "11.5030", "11.4470", "11.3615", "11.2950"};
    private static final int MONTHS = FIGURES.length;

    private static final Logger LOG = Logger.getLogger(DemoExchangeRates.class);

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(0) StartupEvent event) {
        if (enabled && ExchangeRate.count() == 0) {
            load();
        }
    }

    @Transactional
    void load() {
        YearMonth current = YearMonth.now(clock);
        for (int i = MONTHS - 1; i >= 0; i--) {
            ExchangeRate rate = new ExchangeRate();
            rate.currency = "SEK";
            rate.month = current.minusMonths(i).atDay(1);
            rate.unitsPerEur = sekPerEur(i);
            rate.source = SOURCE;
            rate.updatedBySubject = "demo-data";
            rate.updatedByName = "Demodata";
            rate.updatedAt = clock.instant();
            rate.persist();
        }
        LOG.infof("Demo data: loaded %d approximate SEK rates (not InforEuro)", MONTHS);
    }

    /** The made-up figure of the month that many months ago, 4 decimals as InforEuro quotes them. */
    static BigDecimal sekPerEur(int monthsAgo) {
        return new BigDecimal(FIGURES[monthsAgo]);
    }
}
