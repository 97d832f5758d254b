package dev.chancery.model.fact.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chancery.model.json.ChanceryJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed AsyncAPI document agrees with the code, and a change to either side that differs is caught. */
class AsyncApiContractTest {
    static final String DOCUMENT = "/chancery.asyncapi.json";
    private static JsonNode committed;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AsyncApiContractTest.class.getResourceAsStream(DOCUMENT)) {
            assertThat(in).as("%s on shared-model's classpath", DOCUMENT).isNotNull();
            committed = ChanceryJson.mapper().readTree(in);
        }
    }

    @Test
    void theCommittedDocumentAgreesWithTheTopicsHeadersAndSchemas() {
        assertThat(AsyncApiContract.problems(committed)).isEmpty();
    }

    record Change(String name, Consumer<ObjectNode> edit, String expectedProblem) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Change> changes() {
        return Stream.of(
                new Change("a topic renamed", d -> at(d, "/channels/claims").put("address", "chancery.claims.v9"),
                        "channel addresses: chancery.claims.v1 is missing"),
                new Change("a dead-letter topic left out", d -> at(d, "/channels").remove("verdictsDeadLetter"),
                        "channel addresses: chancery.verdicts.v2.dlq is missing"),
                new Change("retention shortened", d -> at(d, CLAIMS_CONFIG).put("retention.ms", 604800000L),
                        "(chancery.claims.v1) retention.ms: expected -1"),
                new Change("compaction turned on", d -> at(d, CLAIMS_CONFIG).putArray("cleanup.policy").add("compact"),
                        "cleanup.policy: expected [delete], found [compact]"),
                new Change("partitions changed", d -> at(d, "/channels/articles/bindings/kafka").put("partitions", 12),
                        "(chancery.articles.v1) partitions: expected 6, found 12"),
                new Change("a header dropped", d -> at(d, CE_HEADERS).remove("ce_producer"),
                        "CloudEventHeaders headers: ce_producer is missing"),
                new Change("a header invented", d -> at(d, CE_HEADERS).putObject("ce_tenant"),
                        "CloudEventHeaders headers: ce_tenant is not in the code"),
                new Change("a dead-letter header dropped", d -> at(d, DLQ_HEADERS).remove("dead-letter-offset"),
                        "DeadLetterHeaders headers: dead-letter-offset is missing"),
                new Change("a payload schema of a retired version", d -> at(d,
                        MESSAGES + "EventVerified/payload/schema").put("$ref", "schemas/retired/EventVerified.v1.schema.json"),
                        "message EventVerified payload schema: expected schemas/EventVerified.v2.schema.json"),
                new Change("a message left out of its topic", d -> at(d, "/channels/claims/messages")
                        .remove("ArticleExtracted"), "messages: ArticleExtracted is missing"),
                new Change("a key described wrongly", d -> at(d, MESSAGES + "VerdictRevised/bindings/kafka/key")
                        .put("description", "claim id"), "key: expected diplomatic event id"),
                new Change("an example missing a payload field", d -> at(d, example("ClaimExtracted") + "/payload")
                        .remove("modality"), "message ClaimExtracted example claimExtracted payload: "),
                new Change("an example with a field the record does not have", d -> at(d,
                        example("VerdictRevised") + "/payload").put("confidence", 0.9),
                        "message VerdictRevised example verdictRevised payload is not what VerdictRevised writes"),
                new Change("an example of the wrong type", d -> at(d, example("ArticleIngested") + "/headers")
                        .put("ce_type", "dev.chancery.ArticleIngested.v2"),
                        "ce_type: expected dev.chancery.ArticleIngested.v1"),
                new Change("a dead-letter example without its reason", d -> at(d, example("DeadLetter") + "/headers")
                        .remove("dead-letter-reason"), "message DeadLetter example unknownType headers: "),
                new Change("an example missing a required header", d -> at(d, example("EventVerified") + "/headers")
                        .remove("ce_id"), "message EventVerified example eventVerified headers: "));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void aChangeThatDiffersFromTheCodeIsReported(Change change) {
        ObjectNode doc = committed.deepCopy();
        change.edit().accept(doc);
        assertThat(AsyncApiContract.problems(doc)).anySatisfy(p -> assertThat(p).contains(change.expectedProblem()));
    }

    private static final String CLAIMS_CONFIG = "/channels/claims/bindings/kafka/topicConfiguration";
    private static final String CE_HEADERS = "/components/schemas/CloudEventHeaders/properties";
    private static final String DLQ_HEADERS = "/components/schemas/DeadLetterHeaders/properties";
    private static final String MESSAGES = "/components/messages/";

    private static ObjectNode at(ObjectNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    private static String example(String message) {
        return MESSAGES + message + "/examples/0";
    }
}
