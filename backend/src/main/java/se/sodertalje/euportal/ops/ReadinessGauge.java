package se.sodertalje.euportal.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readiness as a metric ({@code euportal_readiness_up}, 1 or 0), so that the alert on a failing readiness
 * needs nothing beyond the scrape. Checked every 15 s off the scrape (the database check blocks), and the
 * scrape reads the last answer.
 */
@ApplicationScoped
public class ReadinessGauge {

    private final AtomicInteger up = new AtomicInteger();

    @Inject
    SmallRyeHealthReporter health;

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("euportal.readiness.up", up, AtomicInteger::get)
                .description("1 when /q/health/ready answers UP (checked every 15 s), else 0").register(registry);
        check();
    }

    @Scheduled(identity = "readiness-gauge", every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void check() {
        boolean ready;
        try {
            ready = !health.getReadiness().isDown();
        } catch (RuntimeException e) {
            ready = false;
        }
        up.set(ready ? 1 : 0);
    }
}
