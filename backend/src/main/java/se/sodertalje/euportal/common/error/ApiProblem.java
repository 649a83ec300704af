package se.sodertalje.euportal.common.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one exception type services throw for an answer other than success. The factories name
 * the few kinds we have; {@link ProblemMappers} turns each into problem+json.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final ProblemCode code;
    private final String title;
    private final List<FieldError> errors;
    private final String existing;
    private final Map<String, Object> params;

    public ApiProblem(int status, ProblemCode code, String title, String detail, List<FieldError> errors) {
        this(status, code, title, detail, errors, null, Map.of());
    }

    private ApiProblem(int status, ProblemCode code, String title, String detail, List<FieldError> errors, String existing,
            Map<String, ?> params) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.existing = existing;
        this.params = Map.copyOf(params);
    }

    /**
     * The same problem with the figures of its detail as data (names from {@link ProblemCode#params()}),
     * e.g. {@code conflict(REPORT_020, "…at most 20000…").with(Map.of("max", 20000))}.
     */
    public ApiProblem with(Map<String, ?> figures) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.putAll(figures);
        return new ApiProblem(status, code, title, getMessage(), errors, existing, all);
    }

    /** A 409 that names the record the request would duplicate, by its API path. */
    public static ApiProblem duplicate(ProblemCode code, String detail, FieldError error, String existingPath) {
        return new ApiProblem(409, code, "Conflict", detail, List.of(error), existingPath, Map.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, ProblemCode.NOT_FOUND, "Not found", what + " was not found", null);
    }

    /**
     * Runs a check of the record's parent (its project, its application) and answers a refusal as
     * this record not found, so a 404 names only what was asked for, never the parent's id.
     */
    public static void asNotFound(String what, Runnable parentCheck) {
        try {
            parentCheck.run();
        } catch (ApiProblem problem) {
            throw problem.status == 404 ? notFound(what) : problem;
        }
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(400, ProblemCode.VALIDATION, "Invalid request", "The request has invalid fields", errors);
    }

    public static ApiProblem invalid(String field, String message, ProblemCode code) {
        return invalid(List.of(new FieldError(field, message, code)));
    }

    /** An all-or-nothing import with bad rows: every problem named (rows[i].field), nothing imported. */
    public static ApiProblem importRefused(List<FieldError> errors) {
        return new ApiProblem(400, ProblemCode.IMPORT_001, "Import refused",
                errors.size() + " problem(s) in the file; nothing was imported", errors);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, ProblemCode.BAD_REQUEST, "Bad request", detail, null);
    }

    public static ApiProblem conflict(ProblemCode code, String detail) {
        return new ApiProblem(409, code, "Conflict", detail, null);
    }

    public static ApiProblem conflict(ProblemCode code, String detail, FieldError error) {
        return new ApiProblem(409, code, "Conflict", detail, List.of(error));
    }

    public static ApiProblem staleVersion(long current) {
        return new ApiProblem(412, ProblemCode.STALE_VERSION, "Precondition failed",
                "The record was changed by someone else (current version " + current + "); reload it and try again", null)
                .with(Map.of("current", current));
    }

    public static ApiProblem ifMatchRequired() {
        return new ApiProblem(428, ProblemCode.IF_MATCH_REQUIRED, "Precondition required",
                "Send the record's ETag in an If-Match header to change it", null);
    }

    public int status() {
        return status;
    }

    public ProblemCode code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public String existing() {
        return existing;
    }

    public Map<String, Object> params() {
        return params;
    }
}
