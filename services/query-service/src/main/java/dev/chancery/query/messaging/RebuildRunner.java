package dev.chancery.query.messaging;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.UndecodableFactException;
import dev.chancery.query.projection.ProjectionName;
import dev.chancery.query.repository.ProjectionWriter;
import dev.chancery.query.repository.RebuildStates;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Replays one projection's topic from the beginning with a raw KafkaConsumer assigned to every partition, into
 * the generation being built, until it has caught up with the end offsets; then switches the projection to it.
 * Runs on a thread of its own; each fact is applied on a Vert.x context ({@link VertxContextSupport}).
 */
@ApplicationScoped
public class RebuildRunner {
    private static final Logger LOG = Logger.getLogger(RebuildRunner.class);

    private final ProjectionWriter writer;
    private final RebuildStates states;
    private final RebuildConsumers consumers;

    public RebuildRunner(ProjectionWriter writer, RebuildStates states, RebuildConsumers consumers) {
        this.writer = writer;
        this.states = states;
        this.consumers = consumers;
    }

    public void run(ProjectionName projection, int generation) {
        long applied = 0;
        try (KafkaConsumer<String, byte[]> consumer = consumers.create("rebuild-" + projection.id())) {
            List<TopicPartition> partitions = consumers.assignFromStart(consumer, projection.topic());
            long lag = consumers.lag(consumer, partitions);
            while (lag > 0) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    applied += apply(record, generation);
                }
                lag = consumers.lag(consumer, partitions);
                long a = applied;
                long l = lag;
                await(() -> states.progress(projection, a, l));
            }
            long a = applied;
            await(() -> states.progress(projection, a, 0));
            await(() -> states.switchTo(projection, generation));
            LOG.infof("projection %s rebuilt into generation %d from %d facts", projection.id(), generation, applied);
        } catch (Throwable e) {
            LOG.errorf(e, "rebuild of projection %s failed", projection.id());
            await(() -> states.fail(projection, e.toString()));
        }
    }

    private int apply(ConsumerRecord<String, byte[]> record, int generation) throws Throwable {
        FactEnvelope<FactPayload> fact;
        try {
            fact = FactRecordCodec.decode(record);
        } catch (UndecodableFactException e) {
            return 0; // the live consumer already sent it to the dead-letter topic
        }
        return VertxContextSupport.subscribeAndAwait(() -> writer.applyTo(fact, generation)) > 0 ? 1 : 0;
    }

    private static void await(java.util.function.Supplier<io.smallrye.mutiny.Uni<Void>> work) {
        try {
            VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            LOG.warnf("rebuild state update failed: %s", e.toString());
        }
    }
}
