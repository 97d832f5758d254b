package dev.chancery.model.fact;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import dev.chancery.model.json.ChanceryJson;

/** Generates a payload's JSON Schema from its record, the one source of truth for the committed files. */
final class PayloadSchemas {
    private static final SchemaGenerator GENERATOR = new SchemaGenerator(
            new SchemaGeneratorConfigBuilder(ChanceryJson.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                    .with(new JacksonModule())
                    .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.NULLABLE_FIELDS_BY_DEFAULT)
                    .without(Option.SCHEMA_VERSION_INDICATOR)
                    .build());

    private PayloadSchemas() {
    }

    static ObjectNode generate(FactType type) {
        ObjectNode schema = GENERATOR.generateSchema(type.payloadClass());
        ObjectNode out = ChanceryJson.mapper().createObjectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("$id", "https://chancery.dev/schemas/" + type.typeName() + ".v" + type.version() + ".schema.json");
        out.put("title", type.typeName());
        out.put("description", "Payload of " + type.cloudEventType() + " on topic " + type.topic()
                + ". Generated from " + type.payloadClass().getName() + "; do not edit by hand.");
        out.setAll(schema);
        requireEveryProperty(out);
        return out;
    }

    // Payloads are written with explicit nulls, so every property is always present.
    private static void requireEveryProperty(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties")) {
            var required = object.putArray("required");
            object.get("properties").fieldNames().forEachRemaining(required::add);
        }
        node.forEach(PayloadSchemas::requireEveryProperty);
    }
}
