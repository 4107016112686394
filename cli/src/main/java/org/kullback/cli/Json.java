package org.kullback.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON output: one object per line. Finite numbers are written so that they read back to the same
 * double (shortest round-trip decimal, as {@link Double#toString(double)}); JSON has no infinities,
 * so +∞, −∞ and NaN are written as the strings {@code "+inf"}, {@code "-inf"} and {@code "nan"}.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static JsonNode number(double value) {
        if (Double.isNaN(value)) {
            return NODES.textNode("nan");
        }
        if (Double.isInfinite(value)) {
            return NODES.textNode(value > 0 ? "+inf" : "-inf");
        }
        return NODES.numberNode(value);
    }

    /** A number as text output shows it: {@link Double#toString(double)}, or "+inf", "-inf", "nan". */
    static String text(double value) {
        JsonNode node = number(value);
        return node.isTextual() ? node.textValue() : Double.toString(value);
    }

    static ArrayNode array(double[] values) {
        ArrayNode array = NODES.arrayNode();
        for (double value : values) {
            array.add(number(value));
        }
        return array;
    }

    static ArrayNode matrix(double[][] rows) {
        ArrayNode array = NODES.arrayNode();
        for (double[] row : rows) {
            array.add(array(row));
        }
        return array;
    }

    static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
