package se.sodertalje.euportal.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.sodertalje.euportal.common.bounds.OutOfBounds;

/** The one place where exceptions become RFC 9457 problem+json. No stack trace leaves the server. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        // A 503 is a state that passes (e.g. the virus scan unreachable): the client is told when to try again.
        return e.status() == 503 ? Response.fromResponse(respond(uri, e)).header(HttpHeaders.RETRY_AFTER, "30").build()
                : respond(uri, e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), v.getMessage(), constraintName(v), figures(v)))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .collect(Collectors.toList());
        return respond(uri, 400, ProblemCode.VALIDATION, "Invalid request", "The request has invalid fields", errors);
    }

    // Jackson's exception types are listed one by one: the most specific mapper wins, and
    // quarkus-rest-jackson brings its own for some of them.
    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            FieldError error = e instanceof OutOfBounds bounds ? new FieldError(field, bounds.reason(), bounds.code())
                    : new FieldError(field, "has a value of the wrong type or format", ProblemCode.TYPE);
            return respond(uri, 400, ProblemCode.VALIDATION, "Invalid request", "The request has invalid fields", List.of(error));
        }
        return respond(uri, 400, ProblemCode.MALFORMED_JSON, "Malformed JSON", "The request body is not valid JSON", null);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, ProblemCode.FORBIDDEN, "Forbidden", "Your roles do not allow this operation", null);
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
            if (cause instanceof ApiProblem problem) {
                return apiProblem(problem, uri);
            }
            // JAX-RS answers 404 when a query parameter cannot be converted; to a client that is bad input.
            if (cause instanceof IllegalArgumentException && uri.getRequestUri().getRawQuery() != null) {
                return respond(uri, 400, ProblemCode.BAD_REQUEST, "Bad request",
                        "A query parameter has a value of the wrong type or outside its allowed values", null);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        // The framework's own refusals (405, 406, 415, …) keep the status's name as code; one the registry does not
        // know is answered as HTTP_ERROR rather than with a code outside the contract.
        ProblemCode code = known == null ? ProblemCode.HTTP_ERROR
                : ProblemCode.ofWire(known.name()).orElse(ProblemCode.HTTP_ERROR);
        String detail = status == 404 ? "No such resource" : title;
        return respond(uri, status, code, title, detail, null);
    }

    @ServerExceptionMapper(priority = 2)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseProblems.clientClosed(e)) {
            // No one is left to read the answer; counted as the client's doing, not as a server error.
            LOG.debugf("Client closed the connection during %s", uri.getPath());
            return respond(uri, 400, ProblemCode.BAD_REQUEST, "Bad request", "The client closed the connection", null);
        }
        Response fromDatabase = DatabaseProblems.toProblem(e).map(p -> respond(uri, p)).orElse(null);
        if (fromDatabase != null) {
            return fromDatabase.getStatus() == 503
                    ? Response.fromResponse(fromDatabase).header(HttpHeaders.RETRY_AFTER, "5").build() : fromDatabase;
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(uri, 500, ProblemCode.INTERNAL, "Internal error",
                "Something went wrong on our side; quote incident " + incident + " when reporting it", null);
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(uri, 401, ProblemCode.UNAUTHENTICATED, "Unauthenticated",
                        "A valid bearer token is required", null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response respond(UriInfo uri, ApiProblem p) {
        return respond(uri, p.status(), p.code(), p.title(), p.getMessage(), p.errors(), p.existing(), p.params());
    }

    static Response respond(UriInfo uri, int status, ProblemCode code, String title, String detail, List<FieldError> errors) {
        return respond(uri, status, code, title, detail, errors, null, Map.of());
    }

    private static Response respond(UriInfo uri, int status, ProblemCode code, String title, String detail,
            List<FieldError> errors, String existing, Map<String, Object> params) {
        String wire = code.code();
        Problem body = new Problem("urn:problem:euportal:" + wire.toLowerCase().replace('_', '-'), title, status,
                detail, uri == null ? null : uri.getRequestUri().getRawPath(), wire,
                errors == null || errors.isEmpty() ? null : errors, existing, params);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * The JSON name of the invalid field (e.g. {@code indicators[0].target}): its bean properties, or
     * else the parameter's name. A node inside a list carries its list index, which belongs to the
     * property before it.
     */
    static String fieldOf(Path path) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && node.getIndex() != null) {
                    properties.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() == null || node.getName().startsWith("<")) {
                    continue;
                }
                if (!properties.isEmpty()) {
                    properties.append('.');
                }
                properties.append(node.getName());
            }
        }
        return !properties.isEmpty() ? properties.toString() : parameter != null ? parameter : "request";
    }

    /** The annotation's name is the field error's code (NotNull, Size, …); each is in the registry (ProblemCodeRegistryTest). */
    private static String constraintName(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** The constraint's limits (Size min/max, Digits integer/fraction, Min/Max value) as the field error's params. */
    private static Map<String, Object> figures(ConstraintViolation<?> v) {
        Map<String, Object> figures = new TreeMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (FIGURES.contains(name) && (value instanceof Number || value instanceof String)) {
                figures.put(name, value);
            }
        });
        // Size's defaults say nothing: no lower bound, no upper bound.
        if (Integer.valueOf(Integer.MAX_VALUE).equals(figures.get("max"))) {
            figures.remove("max");
        }
        if ("Size".equals(constraintName(v)) && Integer.valueOf(0).equals(figures.get("min"))) {
            figures.remove("min");
        }
        return figures;
    }

    private static final Set<String> FIGURES = Set.of("min", "max", "value", "integer", "fraction");
}
