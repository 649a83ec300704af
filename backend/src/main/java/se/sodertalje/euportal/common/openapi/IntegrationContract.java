package se.sodertalje.euportal.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What an integrator's tooling needs from the contract (issue 18), applied to the generated document by
 * {@link ProblemResponsesFilter} so that every resource is covered without repeating it:
 * <ul>
 * <li>the OAuth2 scheme of the Keycloak realm (authorization code with PKCE for the SPA, client credentials for
 * integrations) with the demo realm's URLs, so the committed file is the same on every machine; the running
 * backend serves its own realm's URLs ({@link RuntimeOidcUrls});</li>
 * <li>If-Match required wherever it is taken (a missing one answers 428);</li>
 * <li>CSV answers typed as text, not as the JSON page;</li>
 * <li>the patterns the descriptions of pic, vatNumber and country promise (the stored, normalised form);</li>
 * <li>nullable references to simple schemas (UUID, enums) written inline, since OpenAPI 3.0 ignores nullable
 * beside allOf;</li>
 * <li>{@code security: []} on the operations that need no token.</li>
 * </ul>
 */
public final class IntegrationContract {

    /**
     * Marks the one If-Match that may be absent (an upsert: absent creates), so that it stays optional; the
     * extension itself is removed from the document.
     */
    public static final String OPTIONAL = "x-euportal-optional";

    static final String SCHEME = "keycloak";
    /** The demo realm of ops/keycloak (make run); a real deployment's are served at run time. */
    static final String DEMO_REALM = "http://localhost:8180/realms/euportal";

    private static final Map<String, String> PATTERNS = Map.of(
            "pic", "^[0-9]{9}$",
            "vatNumber", "^[A-Z]{2}[0-9A-Z]{2,13}$",
            "country", "^[A-Z]{2}$");

    private IntegrationContract() {
    }

    static void apply(OpenAPI openAPI) {
        securityScheme(openAPI, DEMO_REALM);
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
        for (Schema schema : schemas.values()) {
            properties(schema, schemas);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                operation(entry.getValue());
            }
        }
    }

    /**
     * Leaves out component schemas nothing refers to (left over where a nullable reference was written inline,
     * or a generic envelope): a linter warns of them and a client generator makes dead classes.
     */
    static void dropUnused(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || openAPI.getPaths() == null) {
            return;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.Deque<Schema> todo = new java.util.LinkedList<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> todo.add(p.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent(), todo);
                }
                if (operation.getResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        content(response.getContent(), todo);
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> todo.add(h.getSchema()));
                        }
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            todo.add(schema.getItems());
            todo.add(schema.getAdditionalPropertiesSchema());
            todo.add(schema.getNot());
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(name -> openAPI.getComponents().removeSchema(name));
    }

    private static void content(org.eclipse.microprofile.openapi.models.media.Content content, java.util.Deque<Schema> todo) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> todo.add(m.getSchema()));
        }
    }

    /** The OAuth2 scheme with the realm's endpoints; every secured operation refers to it. */
    static void securityScheme(OpenAPI openAPI, String realm) {
        String endpoints = realm + "/protocol/openid-connect";
        openAPI.getComponents().setSecuritySchemes(new LinkedHashMap<>(Map.of(SCHEME, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.OAUTH2)
                .description("Keycloak access tokens (JWT, audience euportal-api) as 'Authorization: Bearer <token>'. "
                        + "People log in through the SPA (authorization code with PKCE, client euportal-spa); integrations "
                        + "get tokens by client credentials with their own client and secret (docs/integrations.md). "
                        + "What a caller may do follows the realm roles and unit groups in the token.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(flow(endpoints).authorizationUrl(endpoints + "/auth"))
                        .clientCredentials(flow(endpoints))))));
    }

    private static OAuthFlow flow(String endpoints) {
        return OASFactory.createOAuthFlow().tokenUrl(endpoints + "/token").refreshUrl(endpoints + "/token")
                .scopes(new LinkedHashMap<>());
    }

    private static void operation(Operation operation) {
        if ((operation.getDescription() == null || operation.getDescription().isBlank()) && operation.getSummary() != null) {
            // Generated clients put the description in their doc comments; the summary says it all for these.
            operation.setDescription(operation.getSummary() + ".");
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Public (e.g. client-config): say so, rather than leave it to a default.
            operation.setSecurity(new ArrayList<>());
        } else {
            List<SecurityRequirement> requirements = new ArrayList<>();
            requirements.add(OASFactory.createSecurityRequirement().addScheme(SCHEME));
            operation.setSecurity(requirements);
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("If-Match".equals(parameter.getName()) && parameter.getIn() == Parameter.In.HEADER) {
                    boolean optional = parameter.getExtensions() != null && parameter.getExtensions().containsKey(OPTIONAL);
                    if (optional) {
                        parameter.removeExtension(OPTIONAL);
                        continue;
                    }
                    parameter.setRequired(true);
                    if (parameter.getDescription() == null) {
                        parameter.setDescription("The ETag of the record as last read (a missing one answers 428, "
                                + "a stale one 412)");
                    }
                }
            }
        }
        if (operation.getResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                if (response.getContent() == null) {
                    continue;
                }
                MediaType csv = response.getContent().getMediaType("text/csv");
                if (csv != null) {
                    csv.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                            .description("CSV text (UTF-8), a header row and every matching row"));
                }
            }
        }
    }

    private static void properties(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Schema p = property.getValue();
            inlineNullableReference(p, schemas);
            String pattern = PATTERNS.get(property.getKey());
            if (pattern != null && p.getPattern() == null && p.getType() != null
                    && p.getType().contains(Schema.SchemaType.STRING)) {
                p.setPattern(pattern);
            }
            properties(p, schemas);
            if (p.getItems() != null) {
                properties(p.getItems(), schemas);
            }
        }
    }

    /**
     * {@code nullable: true} beside {@code allOf: [$ref]} is ignored by OpenAPI 3.0 tooling, so a null answer
     * fails validation and generated clients make the field required. A reference to a simple schema (a
     * string such as UUID, an enum) is written out in place instead, with null allowed.
     */
    private static void inlineNullableReference(Schema p, Map<String, Schema> schemas) {
        boolean nullable = (p.getType() != null && p.getType().contains(Schema.SchemaType.NULL))
                || Boolean.TRUE.equals(p.get("nullable"));
        // The model may hold the reference itself, an allOf of one, or (OpenAPI 3.1 style, written out as
        // allOf + nullable for 3.0) an anyOf/oneOf of the reference and the null schema.
        String ref = p.getRef();
        if (ref == null && p.getAllOf() != null && p.getAllOf().size() == 1) {
            ref = p.getAllOf().get(0).getRef();
        }
        for (List<Schema> alternatives : java.util.Arrays.asList(p.getAnyOf(), p.getOneOf())) {
            if (ref == null && alternatives != null && alternatives.size() == 2) {
                Schema a = alternatives.get(0);
                Schema b = alternatives.get(1);
                Schema reference = a.getRef() != null ? a : b;
                Schema other = reference == a ? b : a;
                if (reference.getRef() != null && other.getRef() == null && other.getType() != null
                        && other.getType().equals(List.of(Schema.SchemaType.NULL))) {
                    ref = reference.getRef();
                    nullable = true;
                }
            }
        }
        if (!nullable || ref == null) {
            return;
        }
        Schema target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null || target.getType() == null || target.getType().contains(Schema.SchemaType.OBJECT)) {
            return;
        }
        List<Schema.SchemaType> type = new ArrayList<>(target.getType());
        type.remove(Schema.SchemaType.NULL);
        type.add(Schema.SchemaType.NULL);
        p.setRef(null);
        p.setAllOf(null);
        p.setAnyOf(null);
        p.setOneOf(null);
        p.setType(type);
        if (target.getFormat() != null) {
            p.setFormat(target.getFormat());
        }
        if (target.getPattern() != null) {
            p.setPattern(target.getPattern());
        }
        if (target.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(target.getEnumeration());
            values.add(null);
            p.setEnumeration(values);
        }
    }
}
