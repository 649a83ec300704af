package se.sodertalje.euportal.support.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The bad values of the fuzz corpus, each put in place of one value of a sample body: NUL and other
 * control characters, long text, dates far outside the domain, numbers far outside any column,
 * negative ones, numeric enums, wrong types.
 */
public final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One spoiled body: which value was replaced by what, and the body. */
    public record Mutant(String where, String what, JsonNode body) {
    }

    private Mutations() {
    }

    static List<JsonNode> badText(boolean full) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.textNode("a\u0000b"), NODES.numberNode(0),
                NODES.textNode("+999999999-12-31")));
        if (full) {
            values.addAll(List.of(NODES.textNode("\u001b[31m\u0007"), NODES.textNode("x".repeat(20_001)),
                    NODES.textNode("0001-01-01T00:00:00Z")));
        }
        return values;
    }

    static List<JsonNode> badNumbers(boolean full) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.numberNode(new BigDecimal("1e1000000")),
                NODES.numberNode(-1)));
        if (full) {
            values.addAll(List.of(NODES.numberNode(new BigDecimal("1e100000")), NODES.numberNode(2147483648L),
                    NODES.numberNode(new BigDecimal("1e-1000000")), NODES.numberNode(new BigDecimal("-99999999999999999999.5")),
                    NODES.textNode("NaN")));
        }
        return values;
    }

    static List<JsonNode> badOther(JsonNode sample) {
        if (sample.isBoolean()) {
            return List.of(NODES.numberNode(0), NODES.textNode("maybe"));
        }
        if (sample.isArray() || sample.isObject()) {
            return List.of(NODES.textNode("x"), NODES.numberNode(1));
        }
        return List.of();
    }

    /** Every body with one value replaced by one bad value; {@code full} takes the whole corpus. */
    public static List<Mutant> of(JsonNode sample, boolean full) {
        List<Mutant> mutants = new ArrayList<>();
        walk(sample, "", sample, full, mutants);
        return mutants;
    }

    private static void walk(JsonNode root, String path, JsonNode node, boolean full, List<Mutant> mutants) {
        List<JsonNode> bad = node.isTextual() ? badText(full) : node.isNumber() ? badNumbers(full) : badOther(node);
        if (!path.isEmpty()) {
            for (JsonNode value : bad) {
                mutants.add(new Mutant(path, abbreviate(value), replace(root, path, value)));
            }
            if (node.isArray() && full) {
                mutants.add(new Mutant(path, "null", replace(root, path, NODES.nullNode())));
            }
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(root, path + "/" + field.getKey(), field.getValue(), full, mutants);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            walk(root, path + "/0", node.get(0), full, mutants);
        }
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
        return copy;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : text;
    }
}
