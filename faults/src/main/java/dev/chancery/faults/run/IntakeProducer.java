package dev.chancery.faults.run;

import dev.chancery.faults.run.GeneratedArticles.Article;
import dev.chancery.model.fact.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/** Submits articles over Kafka's intake topic, as other teams do; acknowledged by the broker (acks=all). */
final class IntakeProducer implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    IntakeProducer(String bootstrap) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000),
                new StringSerializer(), new StringSerializer());
    }

    /** The articles' expected ids, once the broker acknowledged every one of them. */
    List<String> submit(List<Article> articles) throws Exception {
        List<Future<?>> sent = articles.stream()
                .<Future<?>>map(a -> producer.send(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED, a.url(), a.json())))
                .toList();
        for (Future<?> f : sent) {
            f.get();
        }
        return articles.stream().map(Article::expectedId).toList();
    }

    @Override
    public void close() {
        producer.close();
    }
}
