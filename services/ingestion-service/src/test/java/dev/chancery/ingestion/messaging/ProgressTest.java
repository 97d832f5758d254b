package dev.chancery.ingestion.messaging;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.ingestion.Eventually;
import dev.chancery.ingestion.Fixtures;
import dev.chancery.ingestion.Tokens;
import dev.chancery.ingestion.TopicReader;
import dev.chancery.ingestion.Api;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.platform.kafka.FactRecordCodec;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Extraction and verification facts from the other services move an article through its stages. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ProgressTest {

    @Test
    void extractionThenVerdictsShowInTheArticleProgressOnceEach() throws Exception {
        String id = Api.post(Fixtures.article()).then().statusCode(201).extract().path("id");
        UUID article = UUID.fromString(id);
        String event = "event-" + UUID.randomUUID();

        var extracted = fact(new ArticleExtracted(id, "rules-2.1", 3, List.of("c1", "c2", "c3"), null), article,
                Instant.parse("2026-01-20T10:00:00Z"));
        publish(Topics.CLAIMS, id, extracted);
        publish(Topics.CLAIMS, id, extracted);
        assertThat(Eventually.holds(Duration.ofSeconds(30), () -> "EXTRACTED".equals(progress(id).getString("stage"))))
                .isTrue();
        assertThat(progress(id).getInt("extracted.claimCount")).isEqualTo(3);
        assertThat(progress(id).getString("extracted.extractorVersion")).isEqualTo("rules-2.1");

        var meeting = new DiplomaticEvent(ClaimType.MEETING, List.of(), null, null);
        publish(Topics.VERDICTS, event, fact(new EventVerified(event, meeting, judgement(Verdict.REPORTED), "c1"),
                article, Instant.parse("2026-01-20T10:00:01Z")));
        publish(Topics.VERDICTS, event, fact(VerdictRevised.between(event, 2, meeting, judgement(Verdict.REPORTED),
                judgement(Verdict.CORROBORATED), "c2"), article, Instant.parse("2026-01-20T10:00:02Z")));
        assertThat(Eventually.holds(Duration.ofSeconds(30),
                () -> Integer.valueOf(2).equals(progress(id).get("verified[0].revision")))).isTrue();

        JsonPath p = progress(id);
        assertThat(p.getString("stage")).isEqualTo("VERIFIED");
        assertThat(p.getList("verified")).hasSize(1);
        assertThat(p.getString("verified[0].eventId")).isEqualTo(event);
        assertThat(p.getString("verified[0].verdict")).isEqualTo("CORROBORATED");
        assertThat(p.getInt("extracted.claimCount")).isEqualTo(3);
    }

    @Test
    void aBurstOfVerdictsKeepsTheLatestRevisionPerArticleAndDeadLettersOnlyThePoisonRecord() throws Exception {
        List<String> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(Api.post(Fixtures.article()).then().statusCode(201).extract().path("id"));
        }
        String event = "event-" + UUID.randomUUID();
        String poisonKey = "poison-" + UUID.randomUUID();
        var call = new DiplomaticEvent(ClaimType.PHONE_CALL, List.of(), null, null);
        try (var producer = producer()) {
            for (int i = 0; i < articles.size(); i++) {
                UUID article = UUID.fromString(articles.get(i));
                Instant at = Instant.parse("2026-01-20T10:00:00Z").plusSeconds(i);
                // each article triggers revision 2 and then 3, published newest first: 2 must not replace 3
                var third = fact(VerdictRevised.between(event, 3, call, judgement(Verdict.REPORTED),
                        judgement(Verdict.CORROBORATED), "c3"), article, at.plusMillis(2));
                var second = fact(VerdictRevised.between(event, 2, call, judgement(Verdict.CONFIRMED),
                        judgement(Verdict.REPORTED), "c2"), article, at.plusMillis(1));
                producer.send(FactRecordCodec.encode(third, Topics.VERDICTS, event));
                producer.send(FactRecordCodec.encode(second, Topics.VERDICTS, event));
                producer.send(FactRecordCodec.encode(third, Topics.VERDICTS, event));
                if (i == 2) {
                    var poison = new ProducerRecord<>(Topics.VERDICTS, poisonKey, "{".getBytes(StandardCharsets.UTF_8));
                    poison.headers().add("ce_type", "dev.chancery.VerdictRevised.v2".getBytes(StandardCharsets.UTF_8));
                    producer.send(poison);
                }
            }
            producer.flush();
        }
        for (String id : articles) {
            assertThat(Eventually.holds(Duration.ofSeconds(30),
                    () -> Integer.valueOf(3).equals(progress(id).get("verified[0].revision")))).isTrue();
            assertThat(progress(id).getList("verified")).hasSize(1);
            assertThat(progress(id).getString("verified[0].verdict")).isEqualTo("CORROBORATED");
        }
        var dead = TopicReader.byKey(Topics.deadLetter(Topics.VERDICTS), poisonKey, 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
    }

    @Test
    void aBurstOfExtractionsKeepsTheNewestPerArticleAndDeadLettersOnlyThePoisonRecord() throws Exception {
        List<String> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(Api.post(Fixtures.article()).then().statusCode(201).extract().path("id"));
        }
        String poisonKey = "poison-" + UUID.randomUUID();
        try (var producer = producer()) {
            for (int i = 0; i < articles.size(); i++) {
                String id = articles.get(i);
                UUID article = UUID.fromString(id);
                Instant at = Instant.parse("2026-02-01T10:00:00Z").plusSeconds(i);
                // a re-extraction (rules-3.0, 4 claims) published before the first one: the first must not win
                var newer = fact(new ArticleExtracted(id, "rules-3.0", 4, List.of("a", "b", "c", "d"), null), article,
                        at.plusSeconds(60));
                var older = fact(new ArticleExtracted(id, "rules-2.1", 1, List.of("a"), null), article, at);
                producer.send(FactRecordCodec.encode(newer, Topics.CLAIMS, id));
                producer.send(FactRecordCodec.encode(older, Topics.CLAIMS, id));
                producer.send(FactRecordCodec.encode(newer, Topics.CLAIMS, id));
                if (i == 2) {
                    var poison = new ProducerRecord<>(Topics.CLAIMS, poisonKey, "[".getBytes(StandardCharsets.UTF_8));
                    poison.headers().add("ce_type", "dev.chancery.ArticleExtracted.v1".getBytes(StandardCharsets.UTF_8));
                    producer.send(poison);
                }
            }
            producer.flush();
        }
        for (String id : articles) {
            assertThat(Eventually.holds(Duration.ofSeconds(30),
                    () -> "rules-3.0".equals(progress(id).getString("extracted.extractorVersion")))).isTrue();
            assertThat(progress(id).getInt("extracted.claimCount")).isEqualTo(4);
        }
        var dead = TopicReader.byKey(Topics.deadLetter(Topics.CLAIMS), poisonKey, 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
    }

    @Test
    void aRecordThatIsNotAFactIsDeadLettered() throws Exception {
        String key = "not-a-fact-" + UUID.randomUUID();
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.CLAIMS, key, "{}".getBytes(StandardCharsets.UTF_8))).get();
        }
        var dead = TopicReader.byKey(Topics.deadLetter(Topics.CLAIMS), key, 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("ce_type");
    }

    private static JsonPath progress(String id) {
        return given().header("Authorization", Tokens.read()).get("/api/v1/articles/" + id).then().statusCode(200)
                .extract().jsonPath().setRootPath("progress");
    }

    private static Judgement judgement(Verdict verdict) {
        return new Judgement(verdict, null, null, List.of("c1"), List.of(), List.of());
    }

    private static FactEnvelope<FactPayload> fact(FactPayload payload, UUID article, Instant recordedAt) {
        return FactEnvelope.<FactPayload>of(UUID.randomUUID(), payload, article, null, null, null)
                .producedBy("test/0").stored(1, 1, recordedAt);
    }

    private static void publish(String topic, String key, FactEnvelope<FactPayload> fact) throws Exception {
        try (var producer = producer()) {
            producer.send(FactRecordCodec.encode(fact, topic, key)).get();
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }
}
