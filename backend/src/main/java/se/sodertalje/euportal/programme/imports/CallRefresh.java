package se.sodertalje.euportal.programme.imports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * Refreshes the calls from the Funding & Tenders Portal's published topic list on a schedule
 * (CALL_REFRESH_CRON) when CALL_REFRESH_ENABLED; the source (CALL_REFRESH_SOURCE) is an http(s) URL,
 * a file path, or classpath:… . The import is the advisors' own, all or nothing; a refused file
 * changes nothing and is logged. Watchers and teams learn of new matches, moved deadlines and
 * cancelled topics through the import's change event.
 */
@ApplicationScoped
public class CallRefresh {

    private static final Logger LOG = Logger.getLogger(CallRefresh.class);

    /** The published list is a few MB; a slow server should not hold the job for long. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    CallImportService importer;

    @ConfigProperty(name = "euportal.calls.refresh.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "euportal.calls.refresh.source")
    Optional<String> source;

    @Scheduled(identity = "call-refresh", cron = "${euportal.calls.refresh.cron:0 30 6 * * ?}",
            timeZone = "Europe/Stockholm", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            ImportResult result = refresh();
            LOG.infof("Call refresh: %d created, %d updated, %d programmes created", result.created(), result.updated(),
                    result.programmesCreated());
        } catch (ApiProblem problem) {
            LOG.warnf("Call refresh refused (%s): %s %s", problem.code(), problem.getMessage(), problem.errors());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Call refresh failed; the next run tries again");
        }
    }

    /** Reads the source and imports it; 409 CALL-002 without a source, 502 CALL-003 when it cannot be read. */
    public ImportResult refresh() {
        String where = source.map(String::trim).filter(s -> !s.isEmpty()).orElseThrow(() -> ApiProblem.conflict(
                ProblemCode.CALL_002, "No source for the call refresh is configured (CALL_REFRESH_SOURCE)"));
        return importer.importFile(read(where), false);
    }

    static String read(String where) {
        try {
            if (where.startsWith("http://") || where.startsWith("https://")) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(where)).timeout(TIMEOUT)
                        .header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw unreadable("the server answered " + response.statusCode());
                }
                return response.body();
            }
            if (where.startsWith("classpath:")) {
                try (InputStream in = CallRefresh.class.getResourceAsStream("/" + where.substring("classpath:".length())
                        .replaceFirst("^/", ""))) {
                    if (in == null) {
                        throw unreadable("no such resource");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(where), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreadable("interrupted");
        }
    }

    private static ApiProblem unreadable(String why) {
        return new ApiProblem(502, ProblemCode.CALL_003, "Bad gateway", "The call refresh source could not be read: " + why, null);
    }
}
