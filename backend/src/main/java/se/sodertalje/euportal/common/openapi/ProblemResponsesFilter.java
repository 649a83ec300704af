package se.sodertalje.euportal.common.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import se.sodertalje.euportal.common.error.Problem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * Documents the error answers every operation can give, from the same conventions the code
 * follows (see ProblemMappers), so that no resource has to repeat them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String CODE_REF = "#/components/schemas/ProblemCode";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // The registry's wire values, so that the SPA's generated types know every code (ProblemCodeRegistryTest).
        openAPI.getComponents().addSchema("ProblemCode", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("Every stable code a problem or a field error can carry (common/error/ProblemCode): the "
                        + "general answers (VALIDATION, STALE_VERSION, …), the features' rules (UNIT-001, …) and the "
                        + "field-error codes (NotNull, Size, Exists, …)")
                .enumeration(Arrays.stream(ProblemCode.values()).map(c -> (Object) c.code()).toList()));
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("JSON name of the invalid field"))
                .addProperty("message", string("What is wrong with it, in English"))
                .addProperty("code", OASFactory.createSchema().ref(CODE_REF))
                .addProperty("params", params()));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail, served as " + Problem.MEDIA_TYPE)
                .addProperty("type", string("URI naming the kind of problem"))
                .addProperty("title", string("Short summary"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("Explanation for this occurrence"))
                .addProperty("instance", string("Path of the request"))
                .addProperty("code", OASFactory.createSchema().ref(CODE_REF))
                .addProperty("params", params())
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("existing", string("Path of the existing record the request would duplicate, e.g. "
                        + "/api/v1/partners/{id}"))
                .required(List.of("type", "title", "status", "code")));
        // A readiness item carries the figures its code's problem would (ReadinessItem.params), typed as here.
        Schema readinessItem = openAPI.getComponents().getSchemas().get("ReadinessItem");
        if (readinessItem != null) {
            readinessItem.addProperty("params", params());
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        IntegrationContract.apply(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), hasId);
            }
        }
        IntegrationContract.dropUnused(openAPI);
    }

    private void document(PathItem.HttpMethod method, Operation operation, boolean hasId) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        // Only what takes If-Match can be stale (412) or lack it (428); removing a team member does not.
        boolean changes = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equals(p.getName()));
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY));
        if (hasInput || changes) {
            add(operation, "400", "Invalid request: see errors[] for the fields");
        }
        if (secured) {
            add(operation, "401", "Missing or invalid bearer token");
            add(operation, "403", "The caller's roles do not allow this");
        }
        if (hasId) {
            add(operation, "404", "No such record, or it belongs to a unit outside the caller's");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(operation, "409", "The change conflicts with the record's state or another record");
        }
        if (changes) {
            add(operation, "412", "Stale If-Match: someone else changed the record");
            add(operation, "428", "If-Match header missing");
        }
        // Error answers a resource declares itself (e.g. 413, 415, 503) are problems too; a 503 says when to retry.
        new java.util.LinkedHashMap<>(operation.getResponses().getAPIResponses()).forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                add(operation, status, response.getDescription());
                if (status.equals("503")) {
                    operation.getResponses().getAPIResponse(status).addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait before trying again").schema(string(null)));
                }
            }
        });
        if (hasId && method != PathItem.HttpMethod.DELETE
                && operation.getResponses().getAPIResponse("200") != null && operation.getOperationId() != null) {
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            if (ok.getContent() != null && ok.getContent().getMediaType("application/json") != null
                    && isVersioned(operation)) {
                ok.addHeader("ETag", OASFactory.createHeader().description("The record's version, for If-Match")
                        .schema(string(null)));
            }
        }
    }

    /** Single-record reads and replaces (not sub-resources such as history) carry the version. */
    private static boolean isVersioned(Operation operation) {
        String id = operation.getOperationId();
        return id.endsWith("_get") || id.endsWith("_update") || id.endsWith("_transition");
    }

    private static void add(Operation operation, String status, String description) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }

    /** The figures of the message by name (ProblemCode's params): numbers as numbers, dates as YYYY-MM-DD. */
    private static Schema params() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("The figures of the message as data, by the names the registry gives the code, e.g. "
                        + "{\"max\": 20000}; absent when the message has none")
                .additionalPropertiesSchema(OASFactory.createSchema().oneOf(List.of(
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)),
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.NUMBER)))));
    }

    private static Schema string(String description) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return description == null ? schema : schema.description(description);
    }
}
