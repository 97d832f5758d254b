package dev.chancery.query.messaging;

import dev.chancery.platform.metrics.DeadLetterMeter;
import dev.chancery.query.messaging.DecodedBatch.Decoded;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.kafka.ConsumerGate;
import dev.chancery.query.projection.ChangedGatherings;
import dev.chancery.query.read.CurrentInvitations;
import dev.chancery.query.write.ProjectionWriter;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Projects one polled batch of a live channel: the facts are applied in one transaction; if it fails, each fact
 * is applied in a transaction of its own. A record that is not a fact, or whose fact fails even alone, is nacked
 * alone: the dead-letter-queue strategy sends it to {@code <topic>.dlq} with the reason, and the others are
 * applied. Nacking the whole batch would dead-letter every record of it.
 */
@ApplicationScoped
public class LiveBatches {
    private static final Logger LOG = Logger.getLogger(LiveBatches.class);

    private final ProjectionWriter writer;
    private final ConsumerGate gate;
    private final CurrentInvitations current;

    public LiveBatches(ProjectionWriter writer, ConsumerGate gate, CurrentInvitations current) {
        this.writer = writer;
        this.gate = gate;
        this.current = current;
    }

    /** Completes once every message is applied or dead-lettered; the batch is then acknowledged. */
    public Uni<Void> apply(List<Message<?>> messages) {
        // read on a worker thread, then back on the channel's event loop: reading the facts of a batch is the
        // largest part of applying it, and the event loops also serve the reads
        Context context = Vertx.currentContext();
        return gate.admit(() -> Uni.createFrom().item(() -> DecodedBatch.of(messages, LiveBatches::record))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(context == null ? Runnable::run : task -> context.runOnContext(v -> task.run()))
                .chain(this::applyDecoded));
    }

    private Uni<Void> applyDecoded(DecodedBatch<Message<?>> batch) {
        Uni<Void> undecodable = Multi.createFrom().iterable(batch.undecodable())
                .onItem().transformToUniAndConcatenate(u -> deadLetter(u.source(), u.reason()))
                .collect().last().replaceWithVoid();
        return undecodable.chain(() -> project(batch.envelopes())
                .onFailure(e -> !(e instanceof ConsumerGate.Stopped)).recoverWithUni(e -> {
                    LOG.warnf("batch of %d facts failed (%s); applying them one by one", batch.facts().size(), e);
                    return oneByOne(batch.facts());
                }));
    }

    private Uni<Void> oneByOne(List<Decoded<Message<?>>> facts) {
        return Multi.createFrom().iterable(facts)
                .onItem().transformToUniAndConcatenate(d -> project(List.of(d.fact()))
                        .onFailure(e -> !(e instanceof ConsumerGate.Stopped))
                        .recoverWithUni(e -> deadLetter(d.source(), e)))
                .collect().last().replaceWithVoid();
    }

    // an outage of the database is waited out, never dead-lettered; once committed, the answers of the gatherings
    // changed are read again at their next read rather than after the version recheck (freshness)
    private Uni<Void> project(List<FactEnvelope<FactPayload>> facts) {
        return gate.throughOutageAsync(() -> writer.applyLive(facts).replaceWithVoid()).invoke(() -> signal(facts));
    }

    // after the commit: a fact the signal cannot read must not fail (and so dead-letter) a batch already applied
    private void signal(List<FactEnvelope<FactPayload>> facts) {
        try {
            current.changed(ChangedGatherings.of(facts));
        } catch (RuntimeException e) {
            current.changedAll();
        }
    }

    private static Uni<Void> deadLetter(Message<?> message, Throwable reason) {
        DeadLetterMeter.count(message, reason);
        return Uni.createFrom().completionStage(() -> message.nack(reason));
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> record(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka record")).getRecord();
    }
}
