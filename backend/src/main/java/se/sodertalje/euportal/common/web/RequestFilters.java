package se.sodertalje.euportal.common.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UserProfiles;

/**
 * One structured log line per request (method, route template, status, duration, request id) and
 * the caller's profile refresh. Logs neither query strings, bodies, tokens nor who called: the
 * audit trail knows who changed what, the log does not need personal data.
 */
public class RequestFilters {

    private static final Logger LOG = Logger.getLogger("euportal.request");
    private static final String START = "euportal.start";
    private static final String REQUEST_ID = "euportal.requestId";

    @Inject
    CurrentUser user;

    @Inject
    UserProfiles profiles;

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void start(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
        String id = request.getHeaderString("X-Request-Id");
        boolean usable = id != null && id.matches("[A-Za-z0-9._-]{1,64}");
        String requestId = usable ? id : UUID.randomUUID().toString();
        request.setProperty(REQUEST_ID, requestId);
        // Every line logged while the request runs carries its id (a field of the JSON logs).
        MDC.put("requestId", requestId);
    }

    @ServerRequestFilter
    public void rememberCaller() {
        if (user.isAuthenticated()) {
            profiles.touch(user);
        }
    }

    @ServerResponseFilter
    public void log(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Object start = request.getProperty(START);
        long millis = start instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        Object requestId = request.getProperty(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle("X-Request-Id", requestId);
        }
        String route = route(resource);
        // The same facts as fields of the JSON log line (production), beside the message that the
        // benchmarks read from the text log.
        MDC.put("route", route);
        MDC.put("method", request.getMethod());
        MDC.put("status", String.valueOf(response.getStatus()));
        MDC.put("durationMs", String.valueOf(millis));
        try {
            LOG.infof("method=%s route=%s status=%d durationMs=%d requestId=%s", request.getMethod(), route,
                    response.getStatus(), millis, requestId);
        } finally {
            MDC.remove("route");
            MDC.remove("method");
            MDC.remove("status");
            MDC.remove("durationMs");
        }
    }

    private static String route(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return "unmatched";
        }
        Path classPath = resource.getResourceClass().getAnnotation(Path.class);
        Path methodPath = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Path.class);
        String route = (classPath == null ? "" : classPath.value())
                + (methodPath == null ? "" : "/" + methodPath.value().replaceFirst("^/", ""));
        return route.isEmpty() ? "unmatched" : route;
    }
}
