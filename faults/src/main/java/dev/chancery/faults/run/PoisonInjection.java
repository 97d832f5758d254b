package dev.chancery.faults.run;

import dev.chancery.faults.poison.Poison;
import dev.chancery.faults.poison.PoisonTable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes every poison of {@link PoisonTable} to every partition of its topic, mid-stream, and remembers it by key. */
final class PoisonInjection {
    private final String bootstrap;
    private final Map<String, Poison> injected = Collections.synchronizedMap(new LinkedHashMap<>());

    PoisonInjection(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Writes the poison; the seconds it took (the platform has nothing to heal: it must just go on). */
    double inject() throws Exception {
        long t0 = System.nanoTime();
        try (var producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (Poison poison : PoisonTable.all()) {
                for (int partition = 0; partition < producer.partitionsFor(poison.topic()).size(); partition++) {
                    ProducerRecord<String, byte[]> record = poison.on(partition);
                    producer.send(record).get();
                    injected.put(record.key(), poison);
                }
            }
        }
        FaultSchedule.log("poison: %d records on %d topics", injected.size(),
                PoisonTable.all().stream().map(Poison::topic).distinct().count());
        return (System.nanoTime() - t0) / 1e9;
    }

    Map<String, Poison> injected() {
        return Map.copyOf(injected);
    }
}
