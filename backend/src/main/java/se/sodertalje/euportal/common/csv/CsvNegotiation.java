package se.sodertalje.euportal.common.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides once, for an endpoint that answers JSON or CSV, which of the two the caller gets, and
 * leaves only that type in the request's Accept header: the list's row cap is lifted exactly when
 * CSV is what is written ({@code PageParams#wholeList}), never for an Accept that merely mentions CSV
 * while JSON is returned.
 */
public class CsvNegotiation {

    @ServerRequestFilter
    public void choose(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || !producesCsv(resource)) {
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, prefersCsv(accept) ? CsvMedia.TEXT_CSV : "application/json");
    }

    private static boolean producesCsv(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value())
                .anyMatch(type -> type.toLowerCase(Locale.ROOT).startsWith(CsvMedia.TEXT_CSV));
    }

    /**
     * CSV when the Accept header rates text/csv above every type that JSON satisfies
     * (application/json, application/*, *&#47;*), or as high and names it first.
     */
    static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = -1;
        double json = -1;
        int csvAt = Integer.MAX_VALUE;
        int jsonAt = Integer.MAX_VALUE;
        String[] ranges = accept.split(",");
        for (int i = 0; i < ranges.length; i++) {
            String[] parts = ranges[i].split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (type.equals(CsvMedia.TEXT_CSV) || type.equals("text/*")) {
                if (q > csv) {
                    csv = q;
                    csvAt = i;
                }
            }
            if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
                if (q > json) {
                    json = q;
                    jsonAt = i;
                }
            }
        }
        return csv > 0 && (csv > json || csv == json && csvAt < jsonAt);
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
