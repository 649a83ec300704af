package se.sodertalje.euportal.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import se.sodertalje.euportal.common.error.ApiProblem;

/**
 * The portal's own metrics (Prometheus names in docs/operations.md), beside the HTTP, JVM, pool and
 * Hibernate ones Quarkus records. Labels are closed sets only (record kind, action, outcome, export or
 * import kind): never a user, an e-mail address, an id or a title, which would leak personal data into
 * the monitoring system and give every record a series of its own.
 */
@ApplicationScoped
public class PortalMetrics {

    /** Gauges hold their numbers weakly: these keep them. */
    private final Map<String, AtomicLong> lastRun = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastCleanRun = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> levels = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** A lifecycle step of an application, report or project, counted once its transaction commits. */
    public void workflowStep(String record, Enum<?> action) {
        Counter counter = Counter.builder("euportal.workflow.steps").description("Lifecycle steps taken")
                .tag("record", record).tag("action", action.name()).register(registry);
        afterCommit(counter::increment);
    }

    /** Reminders of one run: sent at once, queued for the morning digest, failed (tried again next run). */
    public void reminders(int sent, int queued, int failed) {
        reminder("reminder", "sent", sent);
        reminder("reminder", "queued", queued);
        reminder("reminder", "failed", failed);
        runFinished("reminders", failed == 0);
    }

    /** Digest e-mails of one morning run. */
    public void digests(int sent, int failed) {
        reminder("digest", "sent", sent);
        reminder("digest", "failed", failed);
        runFinished("digest", failed == 0);
    }

    /** One e-mail handed to the SMTP server, or given up after the second attempt. */
    public void email(boolean sent) {
        Counter.builder("euportal.emails").description("E-mails sent or failed (after the retry)")
                .tag("outcome", sent ? "sent" : "failed").register(registry).increment();
    }

    /**
     * One webhook delivery attempt, timed from the POST to the answer: {@code sent} (2xx), {@code retried}
     * (refused or unanswered, tried again later) or {@code given_up} (after euportal.webhooks.retry-for;
     * the subscriber is paused).
     */
    public void webhookAttempt(String outcome, long startedNanos) {
        webhookTimer(outcome).record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** Every outcome's series exists from the start at 0, so an alert on its increase sees the first one. */
    @PostConstruct
    void registerOutcomeSeries() {
        List.of("sent", "retried", "given_up").forEach(this::webhookTimer);
        List.of("clean", "infected", "unavailable").forEach(this::uploadScans);
    }

    private Timer webhookTimer(String outcome) {
        return Timer.builder("euportal.webhook.deliveries").description("Webhook delivery attempts by outcome")
                .tag("outcome", outcome).register(registry);
    }

    /**
     * One upload through the virus scan: {@code clean}, {@code infected} (refused and recorded) or
     * {@code unavailable} (clamd not reached; the upload was refused, not stored).
     */
    public void uploadScan(String outcome) {
        uploadScans(outcome).increment();
    }

    private Counter uploadScans(String outcome) {
        return Counter.builder("euportal.upload.scans").description("Uploads through the virus scan by outcome")
                .tag("outcome", outcome).register(registry);
    }

    /** The deliveries waiting after a dispatcher run, and how long the oldest has waited (0 when none). */
    public void webhookBacklog(long pending, long oldestSeconds) {
        level("euportal.webhook.pending.deliveries", pending);
        level("euportal.webhook.oldest.pending.seconds", oldestSeconds);
    }

    private void level(String name, long value) {
        levels.computeIfAbsent(name, n -> registry.gauge(n, Tags.empty(), new AtomicLong())).set(value);
    }

    /**
     * A file handed out: its kind (PDF, XLSX, AUDIT_PACKAGE, CSV), how long it took to prepare (from
     * {@code startedNanos} of {@link System#nanoTime()}; 0 when it streams as it is written), its size.
     */
    public void exported(String kind, long startedNanos, long bytes) {
        if (startedNanos != 0) {
            Timer.builder("euportal.exports").description("Time to prepare an export").tag("kind", kind)
                    .serviceLevelObjectives(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(3),
                            Duration.ofSeconds(10), Duration.ofSeconds(30))
                    .register(registry).record(Duration.ofNanos(System.nanoTime() - startedNanos));
        }
        DistributionSummary.builder("euportal.export.size").description("Size of an export").baseUnit("bytes")
                .tag("kind", kind).register(registry).record(bytes);
    }

    /**
     * Runs an all-or-nothing import of {@code kind} (calls, partners, rates) and counts it: imported with its
     * rows, or refused with the number of problems found in the file.
     */
    public <T> T imported(String kind, Supplier<T> work, ToIntFunction<T> rows) {
        long started = System.nanoTime();
        try {
            T result = work.get();
            importOutcome(kind, "imported", started);
            Counter.builder("euportal.import.rows").description("Rows imported").tag("kind", kind).register(registry)
                    .increment(rows.applyAsInt(result));
            return result;
        } catch (ApiProblem problem) {
            importOutcome(kind, "refused", started);
            int problems = problem.errors() == null ? 1 : Math.max(1, problem.errors().size());
            Counter.builder("euportal.import.problems").description("Problems found in refused import files")
                    .tag("kind", kind).register(registry).increment(problems);
            throw problem;
        } catch (RuntimeException e) {
            importOutcome(kind, "failed", started);
            throw e;
        }
    }

    private void importOutcome(String kind, String outcome, long started) {
        Timer.builder("euportal.imports").description("Imports by outcome").tag("kind", kind).tag("outcome", outcome)
                .register(registry).record(Duration.ofNanos(System.nanoTime() - started));
    }

    private void reminder(String kind, String outcome, int count) {
        Counter.builder("euportal.reminders").description("Deadline reminders and digests by outcome")
                .tag("kind", kind).tag("outcome", outcome).register(registry).increment(count);
    }

    /** The end of a scheduled run, so an alert can tell a job that stopped running from one with nothing to do. */
    private void runFinished(String job, boolean clean) {
        long now = System.currentTimeMillis() / 1000;
        lastRun.computeIfAbsent(job, j -> registry.gauge("euportal.job.last.run.seconds", Tags.of("task", j),
                new AtomicLong())).set(now);
        if (clean) {
            lastCleanRun.computeIfAbsent(job, j -> registry.gauge("euportal.job.last.success.seconds", Tags.of("task", j),
                    new AtomicLong())).set(now);
        }
    }

    private void afterCommit(Runnable action) {
        if (transactions.getTransactionKey() == null) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
