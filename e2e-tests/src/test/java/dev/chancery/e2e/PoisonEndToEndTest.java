package dev.chancery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.faults.poison.Poison;
import dev.chancery.faults.poison.PoisonLetters;
import dev.chancery.faults.poison.DeadLetter;
import dev.chancery.faults.poison.PoisonTable;
import dev.chancery.model.fact.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Poison on every consumed topic, between good records, on the real platform: each poison record lands in
 * {@code <topic>.dlq} once per consumer group that reads the topic, with a reason naming the problem, and the good
 * records written after it are ingested, extracted, verified and visible in the query service.
 */
class PoisonEndToEndTest {
    private static final Duration PIPELINE = Duration.ofSeconds(120);
    private static final String INTAKE_OUTLET = "Poison Intake Courier";
    private static final List<String> PRESIDENTS = List.of("Shavkat Mirziyoyev of Uzbekistan",
            "Sadyr Japarov of Kyrgyzstan", "Emomali Rahmon of Tajikistan");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningPlatform platform;
    private static KafkaProducer<String, byte[]> producer;
    private static final Map<String, Poison> INJECTED = new LinkedHashMap<>();
    private static String postedAfter;

    @BeforeAll
    static void injectPoisonMidStream() throws Exception {
        long started = System.nanoTime();
        platform = RunningPlatform.start();
        long up = System.nanoTime();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
        // a good article through the whole pipeline first, so that every topic and consumer group exists
        awaitVerified(post(Articles.phoneCall("Poison Gazette", 5, "Serdar Berdimuhamedov of Turkmenistan")));
        long flowing = System.nanoTime();
        for (Poison poison : PoisonTable.all()) {
            for (int partition = 0; partition < producer.partitionsFor(poison.topic()).size(); partition++) {
                ProducerRecord<String, byte[]> record = poison.on(partition);
                producer.send(record).get();
                INJECTED.put(record.key(), poison);
            }
        }
        postedAfter = post(Articles.phoneCall("Poison Gazette", 6, "Ilham Aliyev of Azerbaijan"));
        for (int partition = 0; partition < producer.partitionsFor(Topics.ARTICLES_SUBMITTED).size(); partition++) {
            String article = Articles.phoneCall(INTAKE_OUTLET, 7 + partition, PRESIDENTS.get(partition % 3));
            producer.send(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED, partition, "good-" + partition,
                    article.getBytes(StandardCharsets.UTF_8))).get();
        }
        System.out.printf("poison test: platform up %d s, first article verified %d s, poison and good records"
                + " written %d s%n", seconds(up - started), seconds(flowing - up),
                seconds(System.nanoTime() - flowing));
    }

    @AfterAll
    static void stop() throws Exception {
        if (producer != null) {
            producer.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyPoisonRecordIsDeadLetteredOncePerConsumerGroupWithItsReason() {
        List<DeadLetter> read = PoisonLetters.read(platform.bootstrapServers(), deadLetterTopics(),
                found -> countsByKey(found).entrySet().containsAll(expectedByKey().entrySet()), PIPELINE);
        List<DeadLetter> ours = read.stream().filter(d -> INJECTED.containsKey(d.key())).toList();
        printTable(ours);

        assertThat(countsByKey(ours)).as("dead letters per poison record").isEqualTo(expectedByKey());
        for (DeadLetter dead : ours) {
            Poison poison = INJECTED.get(dead.key());
            assertThat(dead.topic()).isEqualTo(Topics.deadLetter(poison.topic()));
            assertThat(dead.reason()).as("reason for %s on %s", poison.kind(), poison.topic())
                    .isNotBlank().contains(poison.reason());
        }
    }

    @Test
    void theArticlePostedAfterThePoisonIsExtractedVerifiedAndQueryable() throws Exception {
        awaitVerified(postedAfter);
    }

    @Test
    void theArticlesSubmittedOnKafkaAfterThePoisonAreIngestedOnEveryPartition() throws Exception {
        int partitions = producer.partitionsFor(Topics.ARTICLES_SUBMITTED).size();
        String path = "/api/v1/articles?size=50&outlet=" + RunningPlatform.encode(INTAKE_OUTLET);
        JsonNode listed = platform.await("ingestion", path,
                r -> PipelineEndToEndTest.rows(r).size() == partitions, PIPELINE);
        List<JsonNode> rows = PipelineEndToEndTest.rows(listed);
        assertThat(rows).as("articles from the intake: %s", listed).hasSize(partitions);
        for (JsonNode row : rows) {
            awaitVerified(row.path("id").asText());
        }
    }

    @Test
    void aFactAboveTheBrokersLimitIsRefusedWhenProduced() {
        // message.max.bytes is the broker's default (1 MiB): such a record never reaches a consumer
        for (String topic : List.of(Topics.ARTICLES, Topics.CLAIMS, Topics.VERDICTS)) {
            var poison = new Poison(topic, "oversized", "x".repeat(1_500_000),
                    Poison.fact("dev.chancery.ArticleIngested.v1"), 0, "");
            assertThatThrownBy(() -> producer.send(poison.on(0)).get()).as(topic)
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RecordTooLargeException.class);
        }
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }

    private static String post(String article) throws Exception {
        HttpResponse<String> response = platform.postArticle(article);
        assertThat(response.statusCode()).as("POST: %s", response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asText();
    }

    private static void awaitVerified(String articleId) throws Exception {
        JsonNode progress = platform.await("query", "/api/v1/articles/" + articleId + "/progress",
                r -> "VERIFIED".equals(r.path("body").path("stage").asText()), PIPELINE);
        assertThat(progress.path("body").path("stage").asText()).as("progress %s", progress).isEqualTo("VERIFIED");
        assertThat(progress.path("body").path("extracted").path("claimCount").asInt()).isPositive();
    }

    private static List<String> deadLetterTopics() {
        return PoisonTable.all().stream().map(p -> Topics.deadLetter(p.topic())).distinct().toList();
    }

    private static Map<String, Long> expectedByKey() {
        Map<String, Long> out = new TreeMap<>();
        INJECTED.forEach((key, poison) -> out.put(key, (long) poison.groups()));
        return out;
    }

    private static Map<String, Long> countsByKey(List<DeadLetter> found) {
        return found.stream().filter(d -> INJECTED.containsKey(d.key()))
                .collect(Collectors.groupingBy(DeadLetter::key, TreeMap::new, Collectors.counting()));
    }

    private static void printTable(List<DeadLetter> ours) {
        Map<String, Long> table = ours.stream().collect(Collectors.groupingBy(d -> "| " + d.topic() + " | "
                + INJECTED.get(d.key()).kind() + " | " + abbreviate(d.reason()) + " |", TreeMap::new,
                Collectors.counting()));
        List<String> lines = new ArrayList<>(List.of("| dead-letter topic | poison | reason | records |",
                "| --- | --- | --- | --- |"));
        table.forEach((row, count) -> lines.add(row + " " + count + " |"));
        System.out.println(String.join("\n", lines));
    }

    private static String abbreviate(String reason) {
        String oneLine = reason == null ? "(none)" : reason.replaceAll("\\s+", " ")
                .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>").replaceAll("@\\d+", "@<offset>")
                .replaceAll("/\\d+@", "/<p>@");
        return oneLine.length() > 110 ? oneLine.substring(0, 110) + "…" : oneLine;
    }
}
