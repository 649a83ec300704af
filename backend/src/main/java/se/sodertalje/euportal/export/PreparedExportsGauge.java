package se.sodertalje.euportal.export;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The disk space that prepared exports hold in the temporary directory, read at each scrape. */
@ApplicationScoped
public class PreparedExportsGauge {

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("euportal.exports.prepared", StaleExports::preparedBytes).baseUnit("bytes")
                .description("Bytes of prepared exports in the temporary directory").register(registry);
    }
}
