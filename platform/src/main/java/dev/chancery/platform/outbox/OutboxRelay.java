package dev.chancery.platform.outbox;

import dev.chancery.platform.config.StoreConfig;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.store.FactStore;
import dev.chancery.platform.store.OutboxEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka in position order. Each round locks the checkpoint row (so one replica
 * publishes at a time), sends a batch, waits for every acknowledgement, then advances the checkpoint in the
 * same transaction. A crash before the commit republishes the batch: duplicates are harmless because every
 * consumer de-duplicates by fact id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String RELAY = "kafka";

    private final FactStore store;
    private final StoreConfig config;
    private final Producer<String, byte[]> producer;
    private final Counter published;
    private volatile ExecutorService loop;
    private volatile long checkpoint = -1;

    public OutboxRelay(FactStore store, StoreConfig config, @Identifier("outbox-relay") Producer<String, byte[]> producer,
            MeterRegistry registry) {
        this.store = store;
        this.config = config;
        this.producer = producer;
        this.published = registry.counter("chancery.outbox.published");
        registry.gauge("chancery.outbox.checkpoint", this, r -> r.checkpoint);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relay().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts publishing (idempotent). */
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        store.pool().preparedQuery("INSERT INTO " + store.table("relay_checkpoint")
                + " (relay, position) VALUES ($1, 0) ON CONFLICT DO NOTHING").execute(Tuple.of(RELAY))
                .await().indefinitely();
        loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
        loop.submit(this::run);
    }

    /** Stops publishing; what is not yet published stays in the outbox. */
    public synchronized void stop() {
        if (loop == null) {
            return;
        }
        loop.shutdownNow();
        try {
            loop.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop = null;
    }

    public boolean running() {
        return loop != null;
    }

    /** The position of the last fact published. */
    public long checkpoint() {
        return checkpoint;
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (publishBatch() == 0) {
                    Thread.sleep(config.relay().interval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                LOG.warnf("outbox relay round failed, retrying: %s", e.toString());
                sleepQuietly(1000);
            }
        }
    }

    /** One round: returns how many facts were published. */
    int publishBatch() throws Exception {
        SqlConnection conn = store.pool().getConnection().await().indefinitely();
        try {
            Transaction tx = conn.begin().await().indefinitely();
            var locked = conn.preparedQuery("SELECT position FROM " + store.table("relay_checkpoint")
                    + " WHERE relay = $1 FOR UPDATE SKIP LOCKED").execute(Tuple.of(RELAY)).await().indefinitely();
            if (!locked.iterator().hasNext()) {
                tx.rollback().await().indefinitely();
                return 0;
            }
            long from = locked.iterator().next().getLong("position");
            checkpoint = from;
            List<OutboxEntry> rows = store.readOutbox(conn, from, config.relay().batchSize()).await().indefinitely();
            if (rows.isEmpty()) {
                tx.rollback().await().indefinitely();
                return 0;
            }
            long last = send(rows, from);
            conn.preparedQuery("UPDATE " + store.table("relay_checkpoint")
                    + " SET position = $2, updated_at = now() WHERE relay = $1")
                    .execute(Tuple.of(RELAY, last)).await().indefinitely();
            tx.commit().await().indefinitely();
            checkpoint = last;
            published.increment(rows.size());
            return rows.size();
        } finally {
            conn.close().await().indefinitely();
        }
    }

    private long send(List<OutboxEntry> entries, long from) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(entries.size());
        long last = from;
        for (OutboxEntry entry : entries) {
            acks.add(producer.send(FactRecordCodec.encode(entry.fact(), entry.topic(), entry.key())));
            last = entry.fact().position();
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        return last;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
