package dev.chancery.platform.outbox;

import dev.chancery.platform.config.StoreConfig;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.metrics.FactMeters;
import dev.chancery.platform.store.Backlog;
import dev.chancery.platform.store.BlockingSql;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.Outbox;
import dev.chancery.platform.store.OutboxEntry;
import dev.chancery.platform.tracing.FactTracing;
import dev.chancery.platform.tracing.TraceParent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the outbox to Kafka in position order. Each round locks the checkpoint row (so one replica
 * publishes at a time), sends a batch, waits for every acknowledgement, then advances the checkpoint in the
 * same transaction. A crash before the commit republishes the batch: duplicates are harmless because every
 * consumer de-duplicates by fact id. The relay runs on a thread of its own, which waits for each statement
 * ({@link BlockingTransactions}) and for Kafka's acknowledgements.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String RELAY = "kafka";
    private static final long BACKLOG_EVERY_NANOS = 5_000_000_000L;

    private final BlockingTransactions transactions;
    private final Outbox outbox;
    private final StoreConfig config;
    private final Producer<String, byte[]> producer;
    private final Counter published;
    private final FactMeters meters;
    private final FactTracing tracing;
    private volatile ExecutorService loop;
    private volatile long checkpoint = -1;
    private volatile Backlog backlog = Backlog.EMPTY;
    private long backlogMeasuredAt = System.nanoTime() - BACKLOG_EVERY_NANOS;

    public OutboxRelay(BlockingTransactions transactions, Outbox outbox, StoreConfig config,
            @Identifier("outbox-relay") Producer<String, byte[]> producer, MeterRegistry registry, FactMeters meters,
            FactTracing tracing) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.config = config;
        this.producer = producer;
        this.meters = meters;
        this.tracing = tracing;
        this.published = registry.counter("chancery.outbox.published");
        registry.gauge("chancery.outbox.checkpoint", this, r -> r.checkpoint);
        registry.gauge("chancery.outbox.backlog", this, r -> r.backlog.facts());
        registry.gauge("chancery.outbox.age.seconds", this, r -> r.backlog.ageSeconds());
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
        transactions.inTransaction(sql -> {
            outbox.ensureCheckpoint(sql, RELAY);
            return null;
        });
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
                measureBacklog();
                // a full batch means more is waiting; otherwise what arrives meanwhile goes in one round, so that under
                // a steady flow a round (a transaction and a produce request) carries many facts rather than one
                if (publishBatch() < config.relay().batchSize()) {
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

    // every few seconds, in a transaction of its own: the replica that does not hold the lock tells the same backlog
    private void measureBacklog() {
        if (System.nanoTime() - backlogMeasuredAt < BACKLOG_EVERY_NANOS) {
            return;
        }
        backlogMeasuredAt = System.nanoTime();
        backlog = transactions.inTransaction(sql -> outbox.backlog(sql, RELAY, Instant.now()));
    }

    /** What waits in the outbox, as last measured. */
    public Backlog backlog() {
        return backlog;
    }

    /** One round: returns how many facts were published. */
    int publishBatch() {
        Round round = transactions.inTransaction(this::round);
        checkpoint = round.checkpoint();
        published.increment(round.published());
        return round.published();
    }

    /** What one round published, and the checkpoint it committed (or found). */
    private record Round(int published, long checkpoint) {
    }

    private Round round(BlockingSql sql) {
        OptionalLong locked = outbox.lockCheckpoint(sql, RELAY);
        if (locked.isEmpty()) {
            return new Round(0, checkpoint);
        }
        long from = locked.getAsLong();
        List<OutboxEntry> rows = outbox.after(sql, from, config.relay().batchSize());
        if (rows.isEmpty()) {
            return new Round(0, from);
        }
        long last = send(rows, from);
        meters.published(rows.stream().map(OutboxEntry::fact).toList());
        outbox.advanceCheckpoint(sql, RELAY, last);
        return new Round(rows.size(), last);
    }

    private long send(List<OutboxEntry> entries, long from) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(entries.size());
        List<Span> spans = new ArrayList<>();
        long last = from;
        for (OutboxEntry entry : entries) {
            Span span = tracing.publishing(entry.traceParent(), entry.topic());
            spans.add(span);
            acks.add(producer.send(traced(FactRecordCodec.encode(entry.fact(), entry.payloadJson(), entry.topic(), entry.key()),
                    span, entry.traceParent())));
            last = entry.fact().position();
        }
        producer.flush();
        try {
            awaitAcks(acks);
        } finally {
            spans.forEach(Span::end);
        }
        return last;
    }

    /** The record with the publishing span's traceparent, or the stored one when this replica does not trace. */
    private static ProducerRecord<String, byte[]> traced(ProducerRecord<String, byte[]> record, Span span,
            String stored) {
        String parent = span.getSpanContext().isValid() ? TraceParent.format(span.getSpanContext()) : stored;
        if (parent != null) {
            record.headers().add(TraceParent.HEADER, parent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static void awaitAcks(List<Future<RecordMetadata>> acks) {
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge the outbox batch", e);
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
