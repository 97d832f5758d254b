package dev.chancery.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Bad request bodies: malformed JSON, wrong shapes, bytes that are not UTF-8, deep nesting, and the operation's own
 * example (made unique) with one field at a time replaced by a NUL, a lone surrogate, a huge string, a wrong type,
 * or removed.
 */
public final class BadBodies {
    // non-ASCII escaped, so that a lone surrogate stays one on the wire instead of becoming '?'
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    static final List<String> MALFORMED = List.of("", "{", "[]", "null", "0", "\"x\"", "{\"a\":", "{}",
            "{\"a\":1}{\"b\":2}", "{\"n\":1e999999}", "[".repeat(5000), "{\"a\":\"\\u0000\"}", "{\"a\":\"\\ud800\"}",
            "\u0000", "{\"a\":\"" + "x".repeat(300_000) + "\"}");
    /** JSON values (as text) that replace one field of the example. */
    static final List<String> FIELD_VALUES = List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\\ud800\"",
            "\"\\u001b[31m\\r\\n\"", "\"\\u202e\\ufeff\\uffff\"", "\"" + "\\u00e9".repeat(20_000) + "\"", "12345678901234567890",
            "-1", "true", "null", "[]", "{\"x\":{}}", "\"\"", "\"   \"", "\"9999-99-99T99:99:99Z\"", "\"javascript:x\"");

    private BadBodies() {
    }

    /** Every bad body for an operation whose example body is {@code example} (may be {@code null}). */
    public static List<byte[]> all(String example) {
        List<byte[]> bodies = new ArrayList<>();
        MALFORMED.forEach(body -> bodies.add(body.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, '{'});
        bodies.addAll(mutations(example));
        return bodies;
    }

    /** The example with each field replaced by each of {@link #FIELD_VALUES}, and with each field removed. */
    static List<byte[]> mutations(String example) {
        JsonNode node = parse(example);
        if (!(node instanceof ObjectNode object)) {
            return List.of();
        }
        List<byte[]> bodies = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            String field = fields.next().getKey();
            for (String value : FIELD_VALUES) {
                ObjectNode copy = unique(object, bodies.size());
                copy.set(field, parse(value));
                bodies.add(bytes(copy));
            }
            ObjectNode without = unique(object, bodies.size());
            without.remove(field);
            bodies.add(bytes(without));
        }
        return bodies;
    }

    /**
     * A copy whose URL-like fields carry {@code n}, so that a service that de-duplicates by URL checks and stores the
     * mutation instead of answering with the example it already has.
     */
    static ObjectNode unique(ObjectNode example, int n) {
        ObjectNode copy = example.deepCopy();
        example.fields().forEachRemaining(field -> {
            String text = field.getValue().asText("");
            if (field.getValue().isTextual() && text.startsWith("http")) {
                copy.put(field.getKey(), text + (text.contains("?") ? "&" : "?") + "fuzz=" + n);
            }
        });
        return copy;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
