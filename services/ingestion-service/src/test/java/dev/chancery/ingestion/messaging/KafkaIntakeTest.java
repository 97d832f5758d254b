package dev.chancery.ingestion.messaging;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.ingestion.Eventually;
import dev.chancery.ingestion.Fixtures;
import dev.chancery.ingestion.TopicReader;
import dev.chancery.ingestion.Api;
import dev.chancery.ingestion.service.ArticleIds;
import dev.chancery.ingestion.service.UrlNormaliser;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class KafkaIntakeTest {
    @Inject
    FactStore store;

    static void submit(String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED, key, value)).get();
        }
    }

    @Test
    void aSubmittedArticleBecomesOneFactEvenWhenReplayedOrAlsoPosted() throws Exception {
        Map<String, Object> article = Fixtures.article();
        String id = ArticleIds.of(new UrlNormaliser().normalise((String) article.get("url")), null).toString();

        submit("team-a", Fixtures.json(article));
        submit("team-a", Fixtures.json(article));
        assertThat(Eventually.holds(Duration.ofSeconds(30),
                () -> !store.readStream(id).await().indefinitely().isEmpty())).isTrue();
        Api.post(article).then().statusCode(200);

        assertThat(TopicReader.byKey(Topics.ARTICLES, id, 2, Duration.ofSeconds(6))).hasSize(1);
        assertThat(store.readStream(id).await().indefinitely()).hasSize(1);
    }

    @Test
    void anInvalidRecordGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String key = "bad-" + UUID.randomUUID();
        submit(key, Fixtures.json(Fixtures.article("publishedAt", "next Tuesday")));
        String malformed = "malformed-" + UUID.randomUUID();
        submit(malformed, "{\"outlet\": ");

        var dead = TopicReader.byKey(Topics.deadLetter(Topics.ARTICLES_SUBMITTED), key, 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason"))
                .contains("publishedAt").contains("next Tuesday");
        var broken = TopicReader.byKey(Topics.deadLetter(Topics.ARTICLES_SUBMITTED), malformed, 1, Duration.ofSeconds(30));
        assertThat(broken).hasSize(1);
        assertThat(TopicReader.header(broken.get(0), "dead-letter-reason")).isNotBlank();
        assertThat(new String(broken.get(0).value())).isEqualTo("{\"outlet\": ");
        assertThat(io.restassured.RestAssured.given().get("/q/metrics").asString()).contains(
                "chancery_dead_letters_total{reason=\"ArticleRejectedException\",topic=\"chancery.articles.submitted.v1\"}");
    }
}
