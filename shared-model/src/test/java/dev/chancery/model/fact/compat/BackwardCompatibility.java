package dev.chancery.model.fact.compat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a reader's payload schema may replace a writer's on the same topic: every record the writer's schema
 * accepts must be readable under the reader's, and no property consumers rely on may disappear. The rules are
 * those of a schema registry's BACKWARD check for JSON Schema, with Chancery's convention that a property is
 * always written (required) and a reader takes a missing one as null.
 */
public final class BackwardCompatibility {
    private static final int MAX_DEPTH = 64;
    private static final JsonNode ANY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

    private BackwardCompatibility() {
    }

    /** The reasons {@code reader} cannot replace {@code writer}; empty when it can. */
    public static List<String> problems(JsonNode writer, JsonNode reader) {
        List<String> problems = new ArrayList<>();
        compare("$", writer, writer, reader, reader, problems, 0);
        return problems;
    }

    private static void compare(String path, JsonNode w, JsonNode wRoot, JsonNode r, JsonNode rRoot,
                                List<String> problems, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("schema nests deeper than " + MAX_DEPTH + " at " + path);
        }
        SchemaShape was = SchemaShape.of(w, wRoot);
        SchemaShape now = SchemaShape.of(r, rRoot);
        List<String> writerTypes = was.types().isEmpty()
                ? List.of("null", "boolean", "object", "array", "number", "string") : List.copyOf(was.types());
        writerTypes.stream().filter(t -> !now.acceptsType(t))
                .forEach(t -> problems.add(path + ": type narrowed, " + t + " no longer accepted"));
        if (now.enumValues() != null) {
            if (was.enumValues() == null) {
                problems.add(path + ": enum added, values outside " + now.enumValues() + " no longer accepted");
            } else {
                was.enumValues().stream().filter(v -> !now.enumValues().contains(v))
                        .forEach(v -> problems.add(path + ": enum value " + v + " removed"));
            }
        }
        if (now.format() != null && !now.format().equals(was.format())) {
            problems.add(path + ": format " + was.format() + " became " + now.format());
        }
        if (now.closed() && !was.closed()) {
            problems.add(path + ": additional properties no longer allowed");
        }
        for (Map.Entry<String, JsonNode> p : was.properties().entrySet()) {
            JsonNode replacement = now.properties().get(p.getKey());
            if (replacement == null) {
                problems.add(path + "." + p.getKey() + ": property removed");
            } else {
                compare(path + "." + p.getKey(), p.getValue(), wRoot, replacement, rRoot, problems, depth + 1);
            }
        }
        for (Map.Entry<String, JsonNode> p : now.properties().entrySet()) {
            boolean nowRequired = now.required().contains(p.getKey());
            boolean wasWritten = was.properties().containsKey(p.getKey()) && was.required().contains(p.getKey());
            if (nowRequired && !wasWritten && !SchemaShape.of(p.getValue(), rRoot).acceptsType("null")) {
                problems.add(path + "." + p.getKey() + ": required property added that does not accept null "
                        + "(earlier records lack it)");
            }
        }
        if (now.items() != null) {
            JsonNode writerItems = was.items() != null ? was.items() : ANY;
            compare(path + "[]", writerItems, wRoot, now.items(), rRoot, problems, depth + 1);
        }
    }
}
