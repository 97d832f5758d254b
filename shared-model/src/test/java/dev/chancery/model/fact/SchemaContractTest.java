package dev.chancery.model.fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.chancery.model.json.ChanceryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed JSON Schemas are the contract other teams read: they must match the records exactly.
 * Regenerate with {@code mvn -pl shared-model test -Dchancery.schemas.update=true}.
 */
class SchemaContractTest {
    private static final ObjectMapper JSON = ChanceryJson.mapper();
    private static final Path SOURCE_DIR = Path.of("src/main/resources/schemas");

    @ParameterizedTest
    @EnumSource(FactType.class)
    void committedSchemaIsTheOneGeneratedFromTheRecord(FactType type) throws IOException {
        JsonNode generated = PayloadSchemas.generate(type);
        if (Boolean.getBoolean("chancery.schemas.update")) {
            Files.createDirectories(SOURCE_DIR);
            JSON.writerWithDefaultPrettyPrinter().writeValue(
                    SOURCE_DIR.resolve(Path.of(type.schemaResource()).getFileName()).toFile(), generated);
        }
        assertThat(committed(type))
                .as("%s is stale: rerun with -Dchancery.schemas.update=true", type.schemaResource())
                .isEqualTo(generated);
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void everyRecordFieldIsInTheSchemaAndNothingElse(FactType type) throws IOException {
        JsonNode schema = committed(type);
        assertFieldsMatch(type.payloadClass(), schema, schema, type.typeName());
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void aSerialisedSampleValidatesAgainstItsSchema(FactType type) throws IOException {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(committed(type));
        JsonNode sample = JSON.valueToTree(SamplePayloads.of(type));
        assertThat(schema.validate(sample)).isEmpty();
        assertThat(JSON.treeToValue(sample, type.payloadClass())).isEqualTo(SamplePayloads.of(type));
    }

    @Test
    void aPayloadMissingAFieldFailsValidation() throws IOException {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(committed(FactType.ARTICLE_INGESTED));
        var sample = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(SamplePayloads.article());
        sample.remove("outlet");
        assertThat(schema.validate(sample)).isNotEmpty();
    }

    private static JsonNode committed(FactType type) throws IOException {
        try (InputStream in = FactType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s on the classpath", type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static void assertFieldsMatch(Class<?> recordClass, JsonNode node, JsonNode root, String path) {
        JsonNode object = resolve(node, root);
        Set<String> fields = Arrays.stream(recordClass.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> properties = new TreeSet<>();
        object.get("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as("schema properties of %s", path).isEqualTo(fields);
        for (RecordComponent c : recordClass.getRecordComponents()) {
            JsonNode property = object.get("properties").get(c.getName());
            Class<?> nested = nestedRecord(c.getGenericType());
            if (nested != null) {
                JsonNode target = property.has("items") ? property.get("items") : property;
                assertFieldsMatch(nested, target, root, path + "." + c.getName());
            } else if (c.getType().isEnum()) {
                Set<String> constants = Arrays.stream(c.getType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> listed = new TreeSet<>();
                resolve(property, root).get("enum").forEach(v -> { if (!v.isNull()) listed.add(v.asText()); });
                assertThat(listed).as("enum values of %s.%s", path, c.getName()).isEqualTo(constants);
            }
        }
    }

    private static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        return null;
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/$defs/", "");
            return resolve(root.get("$defs").get(name), root);
        }
        if (node.has("anyOf")) {
            for (JsonNode option : node.get("anyOf")) {
                JsonNode r = resolve(option, root);
                if (r.has("properties") || r.has("enum")) {
                    return r;
                }
            }
        }
        return node;
    }
}
