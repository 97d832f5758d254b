package dev.chancery.ingestion.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.ingestion.Api;
import dev.chancery.ingestion.Fixtures;
import dev.chancery.ingestion.TopicReader;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.outbox.OutboxRelay;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class DurabilityAndConcurrencyTest {
    @Inject
    OutboxRelay relay;
    @Inject
    FactStore store;

    @Test
    void anAcknowledgedArticleSurvivesUntilTheRelayPublishesItExactlyOnce() {
        relay.stop();
        String id;
        try {
            id = Api.post(Fixtures.article()).then().statusCode(201).extract().path("id");
            assertThat(TopicReader.byKey(Topics.ARTICLES, id, 1, Duration.ofSeconds(2))).isEmpty();
        } finally {
            relay.start();
        }
        var records = TopicReader.byKey(Topics.ARTICLES, id, 2, Duration.ofSeconds(8));
        assertThat(records).hasSize(1);
        assertThat(TopicReader.header(records.get(0), CloudEventHeaders.ID)).isEqualTo(id);
        assertThat(TopicReader.header(records.get(0), CloudEventHeaders.TYPE)).isEqualTo("dev.chancery.ArticleIngested.v1");
        assertThat(TopicReader.header(records.get(0), CloudEventHeaders.CORRELATION_ID)).isEqualTo(id);
        assertThat(((ArticleIngested) FactRecordCodec.decode(records.get(0)).payload()).articleId()).isEqualTo(id);
    }

    @Test
    void clientsPostingOneArticleAtOnceGetOneFact() throws Exception {
        Map<String, Object> article = Fixtures.article();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                var response = Api.post(article);
                return new int[] {response.statusCode(), response.jsonPath().getString("id").hashCode()};
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (Future<int[]> answer : answers) {
            int[] a = answer.get(60, TimeUnit.SECONDS);
            statuses.add(a[0]);
            ids.add(a[1]);
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(ids).containsOnly(ids.get(0));
        String id = Api.post(article).then().statusCode(200).extract().path("id");
        assertThat(store.readStream(id).await().indefinitely()).hasSize(1);
        assertThat(TopicReader.byKey(Topics.ARTICLES, id, 2, Duration.ofSeconds(6))).hasSize(1);
    }
}
