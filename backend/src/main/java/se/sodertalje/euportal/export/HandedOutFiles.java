package se.sodertalje.euportal.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.sodertalje.euportal.common.Hashes;
import se.sodertalje.euportal.ops.PortalMetrics;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * Every file the portal hands out is recorded in the export log, also by features added later: any
 * answer sent as an attachment (Content-Disposition) whose body is held in memory (stored files,
 * the register's, rates' and portfolio's CSV, budget and portfolio workbooks) is logged here with
 * who, which address and the SHA-256 of what was sent. Answers that carry {@link #SELF_RECORDED}
 * were logged by the service that wrote them (project exports, board reports, calendar files), with
 * more than this filter knows; lists written as CSV while they stream record themselves (ListExported).
 */
public class HandedOutFiles {

    /** The header of an answer whose producer recorded it already, with this hash. */
    public static final String SELF_RECORDED = "X-Content-SHA256";

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    PortalMetrics metrics;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        Object disposition = response.getHeaderString("Content-Disposition");
        if (response.getStatus() != 200 || disposition == null || !disposition.toString().startsWith("attachment")
                || response.getHeaders().containsKey(SELF_RECORDED)) {
            return;
        }
        byte[] bytes = response.getEntity() instanceof byte[] b ? b
                : response.getEntity() instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
        if (bytes == null) {
            return;
        }
        ExportKind kind = response.getMediaType() != null && "csv".equals(response.getMediaType().getSubtype())
                ? ExportKind.CSV : ExportKind.FILE;
        URI uri = request.getUriInfo().getRequestUri();
        String resource = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        QuarkusTransaction.requiringNew().run(() -> {
            ExportLog log = new ExportLog();
            log.kind = kind;
            log.resource = resource.length() > 1000 ? resource.substring(0, 1000) : resource;
            log.sha256 = Hashes.sha256(bytes);
            log.sizeBytes = bytes.length;
            log.actorSubject = user.subject();
            log.actorName = user.displayName();
            log.at = clock.instant();
            log.persist();
        });
        metrics.exported(kind.name(), 0, bytes.length);
    }
}
