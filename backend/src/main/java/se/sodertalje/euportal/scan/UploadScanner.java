package se.sodertalje.euportal.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.ops.PortalMetrics;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * Every file a user sends passes clamd before it is stored or read (docs/security.md, "Virus scan").
 * Infected: 422 UPLOAD-001 and a row in the refused-upload log. clamd unreachable, slow or erring: 503
 * UPLOAD-002 with Retry-After, so that no file is stored unscanned (fail closed).
 */
@ApplicationScoped
public class UploadScanner {

    private static final Logger LOG = Logger.getLogger(UploadScanner.class);

    @ConfigProperty(name = "euportal.clamav.enabled")
    boolean enabled;

    @ConfigProperty(name = "euportal.clamav.host")
    String host;

    @ConfigProperty(name = "euportal.clamav.port")
    int port;

    @ConfigProperty(name = "euportal.clamav.connect-timeout")
    Duration connectTimeout;

    @ConfigProperty(name = "euportal.clamav.read-timeout")
    Duration readTimeout;

    @Inject
    RefusedUploads refused;

    @Inject
    CurrentUser user;

    @Inject
    PortalMetrics metrics;

    @Inject
    Clock clock;

    /** Returns when the file is clean (or scanning is off); refuses it otherwise. */
    public void requireClean(Upload upload) {
        if (!enabled) {
            return;
        }
        ScanResult result;
        try {
            result = client().scan(upload.content());
        } catch (IOException e) {
            metrics.uploadScan("unavailable");
            LOG.warnf("Virus scan unavailable (clamd %s:%d): %s; upload refused (%s)", host, port, e.getMessage(),
                    upload.kind());
            throw new ApiProblem(503, ProblemCode.UPLOAD_002, "Service unavailable",
                    "The virus scan cannot be reached just now, so the file was not stored; try again in a minute", null);
        }
        if (!result.infected()) {
            metrics.uploadScan("clean");
            return;
        }
        metrics.uploadScan("infected");
        refused.record(upload, result.signature(), new Actor(user.subject(), user.displayName()), clock.instant());
        LOG.warnf("Upload refused: %s found (%s, uploaded by %s)", result.signature(), upload.kind(), user.subject());
        throw new ApiProblem(422, ProblemCode.UPLOAD_001, "Malware found",
                "The file contains malware (" + result.signature() + ") and was not stored", null);
    }

    private ClamdClient client() {
        return new ClamdClient(host, port, (int) connectTimeout.toMillis(), (int) readTimeout.toMillis());
    }
}
