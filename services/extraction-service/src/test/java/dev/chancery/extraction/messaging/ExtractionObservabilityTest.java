package dev.chancery.extraction.messaging;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.tracing.TraceParent;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tracing off (the default), the trace an article's record carries reaches the claims extracted from it
 * through the store and the outbox; and the operators' metrics are on {@code /q/metrics} once facts flowed.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ExtractionObservabilityTest {
    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private final TopicProbe topics = TestInfrastructure.get().topics();

    @Test
    void theClaimsOfAnArticleCarryTheTraceItsRecordCarried() {
        FactEnvelope<ArticleIngested> article = ExtractionPipelineTest.article();
        ProducerRecord<String, byte[]> record = FactRecordCodec.encode(article, Topics.ARTICLES, article.streamId());
        String incoming = "00-" + TRACE + "-b7ad6b7169203331-01";
        record.headers().add(TraceParent.HEADER, incoming.getBytes(StandardCharsets.UTF_8));
        topics.send(record);

        var claims = topics.read(Topics.CLAIMS, r -> article.streamId().equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(claims).isNotEmpty();
        // tracing off: the consumer and the relay pass the record's context on unchanged
        assertThat(claims).extracting(r -> TopicProbe.header(r, TraceParent.HEADER)).containsOnly(incoming);
    }

    @Test
    void theOperatorsMetricsAreServedOnceFactsFlowed() throws InterruptedException {
        FactEnvelope<ArticleIngested> article = ExtractionPipelineTest.article();
        topics.send(FactRecordCodec.encode(article, Topics.ARTICLES, article.streamId()));
        topics.read(Topics.CLAIMS, r -> article.streamId().equals(r.key()), 1, Duration.ofSeconds(30));
        String metrics = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!metrics.contains("chancery_consumer_lag{") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        assertThat(metrics).contains(
                "chancery_facts_appended_total{type=\"ClaimExtracted\"}",
                "chancery_facts_published_total{type=\"ArticleExtracted\"}",
                "chancery_outbox_backlog ",
                "chancery_outbox_age_seconds ",
                "chancery_consumer_lag{group=\"extraction-rules-1\",partition=\"0\",topic=\"chancery.articles.v1\"}");
    }
}
