package se.sodertalje.euportal.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.DiskSpaceMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.File;
import java.time.Duration;

/**
 * What the metrics registry needs beyond Quarkus's defaults: latency buckets for HTTP requests (so that the
 * p99 alert can be computed across instances from {@code http_server_requests_seconds_bucket}), and the free
 * space of the temporary directory where exports are prepared.
 */
@Singleton
public class MetricsSetup {

    /** A few fixed buckets rather than Micrometer's 70-odd: enough for a p99 and small to scrape. */
    @Produces
    @Singleton
    MeterFilter httpLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos(Duration.ofMillis(50)), nanos(Duration.ofMillis(100)),
                                nanos(Duration.ofMillis(250)), nanos(Duration.ofMillis(500)), nanos(Duration.ofSeconds(1)),
                                nanos(Duration.ofMillis(2500)), nanos(Duration.ofSeconds(5)), nanos(Duration.ofSeconds(10)))
                        .build().merge(config);
            }
        };
    }

    void tmpDisk(@Observes StartupEvent event, MeterRegistry registry) {
        new DiskSpaceMetrics(new File(System.getProperty("java.io.tmpdir"))).bindTo(registry);
    }

    private static double nanos(Duration duration) {
        return duration.toNanos();
    }
}
