package dev.chancery.query.messaging;

import dev.chancery.query.read.CurrentInvitations;
import dev.chancery.query.projection.ProjectionName;
import dev.chancery.query.state.RebuildStates;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Replays one projection's topic from the beginning with a raw KafkaConsumer assigned to every partition, into
 * the generation being built, until it has caught up with the end offsets; then switches the projection to it.
 * Runs on a thread of its own; each polled batch is applied ({@link RebuildBatches}); progress (facts applied, lag)
 * is written at most once a second and when caught up.
 */
@ApplicationScoped
public class RebuildRunner {
    private static final Logger LOG = Logger.getLogger(RebuildRunner.class);
    /** Progress is written (one transaction) at most this often, rather than after every batch. */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final RebuildBatches batches;
    private final RebuildStates states;
    private final RebuildConsumers consumers;
    private final RebuildProgress progress;
    private final CurrentInvitations current;

    public RebuildRunner(RebuildBatches batches, RebuildStates states, RebuildConsumers consumers,
            RebuildProgress progress, CurrentInvitations current) {
        this.current = current;
        this.batches = batches;
        this.states = states;
        this.consumers = consumers;
        this.progress = progress;
    }

    public void run(ProjectionName projection, int generation) {
        long applied = 0;
        try (KafkaConsumer<String, byte[]> consumer = consumers.create("rebuild-" + projection.id())) {
            List<TopicPartition> partitions = consumers.assignFromStart(consumer, projection.topic());
            long lag = consumers.lag(consumer, partitions);
            long reportedAt = System.nanoTime();
            progress.report(projection, applied, lag);
            while (lag > 0) {
                applied += batches.apply(projection, consumer.poll(Duration.ofMillis(200)), generation);
                // the lag the fetches reported costs no round trip; the broker is asked once that says caught up
                lag = consumers.fetchedLag(consumer, partitions);
                if (lag <= 0) {
                    lag = consumers.lag(consumer, partitions);
                }
                progress.report(projection, applied, lag);
                if (System.nanoTime() - reportedAt >= PROGRESS_EVERY_NANOS) {
                    long a = applied;
                    long l = lag;
                    await(() -> states.progress(projection, a, l));
                    reportedAt = System.nanoTime();
                }
            }
            long a = applied;
            await(() -> states.progress(projection, a, 0));
            await(() -> states.switchTo(projection, generation));
            current.changedAll();
            LOG.infof("projection %s rebuilt into generation %d from %d facts", projection.id(), generation, applied);
        } catch (Throwable e) {
            LOG.errorf(e, "rebuild of projection %s failed", projection.id());
            await(() -> states.fail(projection, e.toString()));
        } finally {
            progress.ended(projection);
        }
    }

    private static void await(Supplier<Uni<Void>> work) {
        try {
            VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            LOG.warnf("rebuild state update failed: %s", e.toString());
        }
    }
}
