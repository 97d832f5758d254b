package dev.chancery.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker and PostgreSQL restart in place, on the same ports, and keep what was written before. */
class InfrastructureRestartTest {

    @Test
    void postgresKeepsCommittedRowsThroughAFastShutdownAndACrash(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir, 0, true)) {
            int port = pg.port();
            sql(pg, "CREATE TABLE facts (id int PRIMARY KEY)", "INSERT INTO facts VALUES (1)");
            pg.restart(false);
            sql(pg, "INSERT INTO facts VALUES (2)");
            pg.restart(true);
            assertThat(pg.port()).isEqualTo(port);
            assertThat(count(pg)).isEqualTo(2);
        }
    }

    @Test
    void theBrokerKeepsItsRecordsThroughARestart(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            send(kafka, "before");
            kafka.restart();
            send(kafka, "after");
            assertThat(read(kafka, 2)).containsExactly("before", "after");
        }
    }

    private static void sql(EmbeddedPostgresServer pg, String... statements) throws Exception {
        try (Connection c = connect(pg); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static int count(EmbeddedPostgresServer pg) throws Exception {
        try (Connection c = connect(pg); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM facts")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer pg) throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    private static void send(EmbeddedKafka kafka, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("restart.test", "k", value)).get(60, TimeUnit.SECONDS);
        }
    }

    private static List<String> read(EmbeddedKafka kafka, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("restart.test"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
