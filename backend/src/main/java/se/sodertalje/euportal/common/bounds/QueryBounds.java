package se.sodertalje.euportal.common.bounds;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * {@link InputBounds} for what arrives in the address: no control characters in a query parameter
 * or path segment, a value no longer than a search needs, and at most {@link #MAX_VALUES} values of
 * one repeated filter (e.g. unitId). Refused as 400 naming the parameter before any resource runs.
 */
public class QueryBounds {

    public static final int MAX_VALUES = 1000;
    public static final int MAX_LENGTH = 2000;

    // Non-blocking like the request-id filter before it (RequestFilters#start): nothing here waits.
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = Priorities.USER + 10)
    public void check(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> query;
        List<PathSegment> segments;
        try {
            query = request.getUriInfo().getQueryParameters(true);
            segments = request.getUriInfo().getPathSegments(true);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("The address is not properly encoded");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = InputBounds.text(parameter.getKey()).isPresent() ? "query" : parameter.getKey();
            if (parameter.getValue().size() > MAX_VALUES) {
                errors.add(new FieldError(name, "may be given at most " + MAX_VALUES + " times", ProblemCode.SIZE));
            }
            for (String value : parameter.getValue()) {
                InputBounds.text(name.equals("query") ? parameter.getKey() : value)
                        .ifPresent(reason -> errors.add(new FieldError(name, reason, ProblemCode.CONTROL_CHARACTERS)));
                if (value != null && value.length() > MAX_LENGTH) {
                    errors.add(new FieldError(name, "must be at most " + MAX_LENGTH + " characters", ProblemCode.SIZE));
                }
            }
        }
        for (PathSegment segment : segments) {
            InputBounds.text(segment.getPath())
                    .ifPresent(reason -> errors.add(new FieldError("path", reason, ProblemCode.CONTROL_CHARACTERS)));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors.stream().distinct().toList());
        }
    }
}
