package dev.chancery.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the operations of an OpenAPI 3 document (JSON), resolving parameter schemas under components. */
public final class OpenApiOperations {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiOperations() {
    }

    public static List<ApiOperation> parse(String json) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(json);
        List<ApiOperation> operations = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(operation(doc, path.getKey(), op.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    private static ApiOperation operation(JsonNode doc, String path, String method, JsonNode op) {
        List<ApiParameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(doc, p);
            JsonNode schema = resolve(doc, param.path("schema"));
            List<String> allowed = new ArrayList<>();
            schema.path("enum").forEach(v -> allowed.add(v.asText()));
            parameters.add(new ApiParameter(param.path("name").asText(), param.path("in").asText(),
                    schema.path("type").asText("string"), schema.path("format").asText(null),
                    schema.has("minimum") ? schema.get("minimum").asLong() : null,
                    schema.has("maximum") ? schema.get("maximum").asLong() : null,
                    param.path("required").asBoolean(false) || "path".equals(param.path("in").asText()), allowed,
                    exampleOf(param) != null ? exampleOf(param).asText()
                            : exampleOf(schema) != null ? exampleOf(schema).asText() : null));
        }
        List<String> media = new ArrayList<>();
        JsonNode content = op.path("requestBody").path("content");
        content.fieldNames().forEachRemaining(media::add);
        String example = media.isEmpty() ? null : example(doc, content.get(media.get(0)));
        Set<String> statuses = new LinkedHashSet<>();
        op.path("responses").fieldNames().forEachRemaining(statuses::add);
        return new ApiOperation(method.toUpperCase(Locale.ROOT), path, parameters, media, example, statuses);
    }

    /** The media type's example, else an object of its schema's property examples, else {@code null}. */
    private static String example(JsonNode doc, JsonNode mediaType) {
        JsonNode value = mediaType.has("example") ? mediaType.get("example")
                : mediaType.path("examples").elements().hasNext()
                        ? mediaType.path("examples").elements().next().path("value") : null;
        if (value != null && !value.isMissingNode()) {
            return value.isTextual() ? value.asText() : value.toString();
        }
        ObjectNode fromProperties = JsonNodeFactory.instance.objectNode();
        resolve(doc, mediaType.path("schema")).path("properties").fields().forEachRemaining(property -> {
            JsonNode example = exampleOf(property.getValue()) != null ? exampleOf(property.getValue())
                    : exampleOf(resolve(doc, property.getValue()));
            if (example != null) {
                fromProperties.set(property.getKey(), example);
            }
        });
        return fromProperties.isEmpty() ? null : fromProperties.toString();
    }

    /** {@code example}, or the first of {@code examples} (an array in OpenAPI 3.1, a map of objects in 3.0). */
    private static JsonNode exampleOf(JsonNode node) {
        if (node.has("example")) {
            return node.get("example");
        }
        JsonNode examples = node.path("examples");
        if (examples.isArray() && !examples.isEmpty()) {
            return examples.get(0);
        }
        return examples.isObject() && examples.elements().hasNext() ? examples.elements().next().get("value") : null;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 8; depth++) {
            String ref = current.get("$ref").asText();
            current = doc.at(ref.substring(1));
        }
        return current;
    }
}
