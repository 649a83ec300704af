package se.sodertalje.euportal.support.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.function.Function;

/**
 * A plausible body for a request schema of openapi.yaml: every property filled (the first enum
 * value, a date, one item per array), ids taken from the fixture by property name. The fuzz test
 * then spoils one value at a time.
 */
public final class SampleBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final OpenAPI api;
    private final Function<String, String> idFor;

    public SampleBodies(OpenAPI api, Function<String, String> idFor) {
        this.api = api;
        this.idFor = idFor;
    }

    public JsonNode sample(Schema<?> schema) {
        return sample(schema, "", 0);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private JsonNode sample(Schema<?> schema, String name, int depth) {
        schema = resolve(schema);
        if (schema == null || depth > 6) {
            return NODES.nullNode();
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return sample((Schema<?>) schema.getAllOf().get(0), name, depth + 1);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return NODES.textNode(String.valueOf(schema.getEnum().get(0)));
        }
        String type = type(schema);
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Map<String, Schema> properties = schema.getProperties();
                if (properties != null) {
                    properties.forEach((property, value) -> object.set(property, sample(value, property, depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.getItems(), name, depth + 1));
                return array;
            }
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(new java.math.BigDecimal("1.00"));
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(text(schema, name));
        }
    }

    private String text(Schema<?> schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date" -> "2026-03-15";
            case "date-time" -> "2026-03-15T10:00:00Z";
            case "uuid" -> idFor.apply(name);
            default -> name.toLowerCase().endsWith("id") ? idFor.apply(name) : "Fuzz " + name;
        };
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        return schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
    }

    Schema<?> resolve(Schema<?> schema) {
        while (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            schema = api.getComponents().getSchemas().get(name);
        }
        return schema;
    }
}
