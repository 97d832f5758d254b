package dev.chancery.model.fact.compat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a JSON Schema node accepts, with {@code $ref}s into its document's {@code $defs} and {@code anyOf}
 * alternatives folded in: the types (empty: any), the enum values (null: any), the format, properties and items.
 */
record SchemaShape(Set<String> types, Set<String> enumValues, String format, Map<String, JsonNode> properties,
                   Set<String> required, boolean closed, JsonNode items) {

    static SchemaShape of(JsonNode node, JsonNode root) {
        JsonNode n = deref(node, root);
        Set<String> types = new LinkedHashSet<>();
        Set<String> enumValues = null;
        String format = n.path("format").isTextual() ? n.get("format").asText() : null;
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        JsonNode items = n.get("items");
        if (n.has("type")) {
            n.get("type").forEach(t -> types.add(t.asText()));
            if (n.get("type").isTextual()) {
                types.add(n.get("type").asText());
            }
        }
        if (n.has("enum")) {
            enumValues = new LinkedHashSet<>();
            for (JsonNode v : n.get("enum")) {
                if (v.isNull()) {
                    types.add("null");
                } else {
                    enumValues.add(v.asText());
                }
            }
        }
        n.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        n.path("required").forEach(r -> required.add(r.asText()));
        boolean closed = n.path("additionalProperties").isBoolean() && !n.get("additionalProperties").asBoolean();
        for (JsonNode option : n.path("anyOf")) {
            SchemaShape o = of(option, root);
            types.addAll(o.types);
            if (o.enumValues != null) {
                enumValues = enumValues == null ? new LinkedHashSet<>() : enumValues;
                enumValues.addAll(o.enumValues);
            }
            format = format == null ? o.format : format;
            properties.putAll(o.properties);
            required.addAll(o.required);
            closed |= o.closed;
            items = items == null ? o.items : items;
        }
        if (enumValues != null && types.isEmpty()) {
            types.add("string");
        }
        return new SchemaShape(types, enumValues, format, properties, required, closed, items);
    }

    /** Whether a value of JSON type {@code type} can pass this node's type keyword. */
    boolean acceptsType(String type) {
        return types.isEmpty() || types.contains(type) || ("integer".equals(type) && types.contains("number"));
    }

    private static JsonNode deref(JsonNode node, JsonNode root) {
        JsonNode n = node;
        for (int hops = 0; n.has("$ref") && hops < 32; hops++) {
            String ref = n.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("only local $defs references are supported: " + ref);
            }
            n = root.path("$defs").path(ref.substring("#/$defs/".length()));
            if (n.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
        }
        return n;
    }
}
