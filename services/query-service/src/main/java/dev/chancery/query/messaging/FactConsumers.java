package dev.chancery.query.messaging;

import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.query.repository.ProjectionWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every fact topic (group {@code query-projections}) into the projections. A record that cannot be
 * decoded or applied fails its message, which the dead-letter-queue strategy sends to {@code <topic>.dlq}
 * with the reason in its headers.
 */
@ApplicationScoped
public class FactConsumers {
    private final ProjectionWriter writer;

    public FactConsumers(ProjectionWriter writer) {
        this.writer = writer;
    }

    @Incoming("articles")
    public Uni<Void> articles(ConsumerRecord<String, byte[]> record) {
        return apply(record);
    }

    @Incoming("claims")
    public Uni<Void> claims(ConsumerRecord<String, byte[]> record) {
        return apply(record);
    }

    @Incoming("verdicts")
    public Uni<Void> verdicts(ConsumerRecord<String, byte[]> record) {
        return apply(record);
    }

    private Uni<Void> apply(ConsumerRecord<String, byte[]> record) {
        return Uni.createFrom().item(() -> FactRecordCodec.decode(record))
                .chain(writer::applyLive)
                .replaceWithVoid();
    }
}
