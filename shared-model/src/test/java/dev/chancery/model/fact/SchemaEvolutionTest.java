package dev.chancery.model.fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chancery.model.fact.compat.PublishedSchemas;
import dev.chancery.model.fact.compat.SchemaEvolution;
import dev.chancery.model.json.ChanceryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema evolution as a registry's BACKWARD_TRANSITIVE would enforce it: every published revision of a payload
 * schema is kept, and the committed schema must read records written under each of them. After a compatible change,
 * publish it with {@code mvn -pl shared-model test -Dchancery.schemas.update=true -Dchancery.schemas.publish=true};
 * an incompatible one needs a new topic version (docs/topics.md, "Rolling out a new topic version").
 */
class SchemaEvolutionTest {

    @ParameterizedTest
    @EnumSource(FactType.class)
    void theCommittedSchemaIsItsTopicsLastPublishedRevision(FactType type) throws IOException {
        PublishedSchemas history = PublishedSchemas.of(type.typeName(), type.version());
        JsonNode current = committed(type);
        List<JsonNode> revisions = history.revisions();
        boolean changed = revisions.isEmpty() || !revisions.get(revisions.size() - 1).equals(current);
        if (changed && Boolean.getBoolean("chancery.schemas.publish")
                && SchemaEvolution.problems(revisions, current).isEmpty()) {
            history.publish(current);
            revisions = history.revisions();
        }
        assertThat(history.strayFiles()).as("revisions of %s are numbered 1..n", history.dir()).isEmpty();
        assertThat(revisions).as("%s has published revisions", history.dir()).isNotEmpty();
        assertThat(revisions.get(revisions.size() - 1).equals(current))
                .as("%s changed since its last published revision in %s: if it is compatible, rerun with "
                        + "-Dchancery.schemas.publish=true; if not, it needs a new topic version (docs/topics.md)",
                        type.schemaResource(), history.dir())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void everyRevisionReadsTheRecordsOfEveryRevisionBeforeIt(FactType type) {
        List<JsonNode> revisions = PublishedSchemas.of(type.typeName(), type.version()).revisions();
        for (int r = 1; r < revisions.size(); r++) {
            assertThat(SchemaEvolution.problems(revisions.subList(0, r), revisions.get(r)))
                    .as("revision %d of %s", r + 1, type).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void theCommittedSchemaReadsEveryPublishedRevision(FactType type) throws IOException {
        List<JsonNode> revisions = PublishedSchemas.of(type.typeName(), type.version()).revisions();
        assertThat(SchemaEvolution.problems(revisions, committed(type))).isEmpty();
    }

    record Change(String name, Consumer<ObjectNode> edit, String expectedProblem) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Change> changes() {
        return Stream.of(
                new Change("a property removed", s -> props(s).remove("modality"), "$.modality: property removed"),
                new Change("null no longer accepted", s -> props(s).putObject("gathering").put("type", "string"),
                        "$.gathering: type narrowed, null no longer accepted"),
                new Change("an enum value removed", s -> removeEnumValue(defs(s, "ClaimType"), "DENIAL"),
                        "$.type: enum value DENIAL removed"),
                new Change("a required property added that cannot be null", s -> {
                    props(s).putObject("confidence").put("type", "number");
                    ((ArrayNode) s.get("required")).add("confidence");
                }, "$.confidence: required property added that does not accept null"),
                new Change("an integer became a string", s -> props(defs(s, "Evidence")).putObject("start")
                        .put("type", "string"), "$.evidence.start: type narrowed, integer no longer accepted"),
                new Change("a format changed", s -> ((ObjectNode) props(defs(s, "ClaimDate")).get("start"))
                        .put("format", "date-time"), "$.date.start: format date became date-time"),
                new Change("additional properties closed", s -> s.put("additionalProperties", false),
                        "$: additional properties no longer allowed"),
                new Change("array items narrowed", s -> ((ObjectNode) props(s).get("actors")).putObject("items")
                        .put("type", "string"), "$.actors[]: type narrowed, object no longer accepted"),
                new Change("a nullable property added", s -> {
                    props(s).putObject("confidence").putArray("type").add("number").add("null");
                    ((ArrayNode) s.get("required")).add("confidence");
                }, null),
                new Change("an enum value added", s -> ((ArrayNode) defs(s, "ClaimType").get("enum")).add("SUMMIT"),
                        null),
                new Change("an integer widened to a number", s -> props(defs(s, "Evidence")).putObject("start")
                        .put("type", "number"), null),
                new Change("a description reworded", s -> s.put("description", "claims, reworded"), null));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void aChangeToClaimExtractedIsJudgedAgainstItsPublishedRevisions(Change change) throws IOException {
        ObjectNode candidate = committed(FactType.CLAIM_EXTRACTED).deepCopy();
        change.edit().accept(candidate);
        List<String> problems = SchemaEvolution.problems(
                PublishedSchemas.of("ClaimExtracted", 1).revisions(), candidate);
        if (change.expectedProblem() == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).anySatisfy(p -> assertThat(p).contains(change.expectedProblem()));
        }
    }

    @Test
    void anIncompatibleChangeIsAcceptedOnlyAsANewTopicVersion() throws IOException {
        ObjectNode candidate = committed(FactType.CLAIM_EXTRACTED).deepCopy();
        props(candidate).remove("modality");
        assertThat(SchemaEvolution.problems(PublishedSchemas.of("ClaimExtracted", 1).revisions(), candidate))
                .containsExactly("against revision 1: $.modality: property removed");
        assertThat(PublishedSchemas.of("ClaimExtracted", 2).revisions()).isEmpty();
        assertThat(SchemaEvolution.problems(PublishedSchemas.of("ClaimExtracted", 2).revisions(), candidate))
                .isEmpty();
    }

    @Test
    void compatibilityIsTransitiveNotOnlyAgainstTheLastRevision() throws IOException {
        ObjectNode first = committed(FactType.CLAIM_EXTRACTED).deepCopy();
        ObjectNode second = first.deepCopy();
        ((ArrayNode) defs(second, "ClaimType").get("enum")).add("SUMMIT");
        ObjectNode third = second.deepCopy();
        removeEnumValue(defs(third, "ClaimType"), "DENIAL");
        ((ArrayNode) defs(third, "ClaimType").get("enum")).add("DENIAL");
        removeEnumValue(defs(third, "ClaimType"), "SUMMIT");
        assertThat(SchemaEvolution.problems(List.of(second), third)).isNotEmpty();
        assertThat(SchemaEvolution.problems(List.of(first, second), third))
                .containsExactly("against revision 2: $.deniedType: enum value SUMMIT removed",
                        "against revision 2: $.type: enum value SUMMIT removed");
    }

    private static ObjectNode props(JsonNode schema) {
        return (ObjectNode) schema.get("properties");
    }

    private static ObjectNode defs(JsonNode schema, String name) {
        return (ObjectNode) schema.get("$defs").get(name);
    }

    private static void removeEnumValue(ObjectNode enumSchema, String value) {
        ArrayNode values = (ArrayNode) enumSchema.get("enum");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).asText().equals(value)) {
                values.remove(i);
                return;
            }
        }
    }

    static ObjectNode committed(FactType type) throws IOException {
        try (InputStream in = FactType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s on the classpath", type.schemaResource()).isNotNull();
            return (ObjectNode) ChanceryJson.mapper().readTree(in);
        }
    }
}
