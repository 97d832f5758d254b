package dev.chancery.model.fact.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactType;
import dev.chancery.model.json.ChanceryJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One fact message of the AsyncAPI document against its fact type: the payload references the type's committed
 * schema, the headers are the CloudEvents ones, and every example validates (payload against the schema, headers
 * against the header schema, {@code ce_type} the type's).
 */
final class FactMessageContract {
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private FactMessageContract() {
    }

    static List<String> problems(FactType type, JsonNode message, JsonNode doc) {
        List<String> problems = new ArrayList<>();
        String where = "message " + type.typeName();
        if (message.isMissingNode()) {
            return List.of(where + " is missing from its channel");
        }
        String ref = message.path("payload").path("schema").path("$ref").asText();
        Differences.expect(where + " payload schema", type.schemaResource().substring(1), ref, problems);
        Differences.expect(where + " headers", "#/components/schemas/CloudEventHeaders",
                message.path("headers").path("$ref").asText(), problems);
        JsonNode payloadSchema = classpath("/" + ref);
        if (payloadSchema == null) {
            problems.add(where + " payload schema " + ref + " is not in shared-model");
            return problems;
        }
        JsonSchema payloads = SCHEMAS.getSchema(payloadSchema);
        JsonSchema headers = SCHEMAS.getSchema(doc.at("/components/schemas/CloudEventHeaders"));
        if (message.path("examples").isEmpty()) {
            problems.add(where + " has no example");
        }
        for (JsonNode example : message.path("examples")) {
            String name = where + " example " + example.path("name").asText();
            payloads.validate(example.path("payload")).forEach(e -> problems.add(name + " payload: " + e.getMessage()));
            headers.validate(example.path("headers")).forEach(e -> problems.add(name + " headers: " + e.getMessage()));
            writtenByTheRecord(type, example.path("payload"), name, problems);
            Differences.expect(name + " " + CloudEventHeaders.TYPE, type.cloudEventType(),
                    example.path("headers").path(CloudEventHeaders.TYPE).asText(), problems);
        }
        return problems;
    }

    // The record is what producers write: an example with a field it lacks (removed, renamed) or without one it has
    // would show other teams a payload that never appears on the topic.
    private static void writtenByTheRecord(FactType type, JsonNode payload, String name, List<String> problems) {
        try {
            JsonNode written = ChanceryJson.mapper().valueToTree(
                    ChanceryJson.mapper().treeToValue(payload, type.payloadClass()));
            if (!written.equals(payload)) {
                problems.add(name + " payload is not what " + type.payloadClass().getSimpleName() + " writes: "
                        + written);
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(name + " payload does not read as " + type.payloadClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** Every example of the dead-letter message carries valid dead-letter headers. */
    static List<String> deadLetterProblems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        JsonSchema headers = SCHEMAS.getSchema(doc.at("/components/schemas/DeadLetterHeaders"));
        JsonNode examples = doc.at("/components/messages/DeadLetter/examples");
        if (examples.isEmpty()) {
            problems.add("message DeadLetter has no example");
        }
        for (JsonNode example : examples) {
            headers.validate(example.path("headers")).forEach(e -> problems.add("message DeadLetter example "
                    + example.path("name").asText() + " headers: " + e.getMessage()));
        }
        return problems;
    }

    private static JsonNode classpath(String resource) {
        try (InputStream in = FactType.class.getResourceAsStream(resource)) {
            return in == null ? null : ChanceryJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
