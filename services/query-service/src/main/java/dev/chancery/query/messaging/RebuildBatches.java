package dev.chancery.query.messaging;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.query.projection.ProjectionName;
import dev.chancery.query.write.ProjectionWriter;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Applies one polled batch of a rebuild in one transaction. Records that are not facts are skipped, and so are
 * facts refused even alone ({@link Refusals}) once a failed batch is retried one fact per transaction: the live
 * consumer sent both to the dead-letter topic, so the rebuilt generation matches the live one. Any other failure
 * fails the rebuild.
 */
@ApplicationScoped
public class RebuildBatches {
    private static final Logger LOG = Logger.getLogger(RebuildBatches.class);

    private final ProjectionWriter writer;

    public RebuildBatches(ProjectionWriter writer) {
        this.writer = writer;
    }

    /** How many facts were new to the generation. */
    public int apply(ProjectionName projection, ConsumerRecords<String, byte[]> records, int generation)
            throws Throwable {
        List<FactEnvelope<FactPayload>> facts = DecodedBatch.of(records).envelopes();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> writer.applyTo(projection, facts, generation));
        } catch (Throwable batchFailure) {
            LOG.warnf("rebuild batch of %d facts failed (%s); applying them one by one", facts.size(), batchFailure);
        }
        int applied = 0;
        for (FactEnvelope<FactPayload> fact : facts) {
            try {
                applied += VertxContextSupport.subscribeAndAwait(() -> writer.applyTo(projection, List.of(fact),
                        generation));
            } catch (Throwable e) {
                if (!Refusals.isRefusal(e)) {
                    throw e;
                }
                LOG.warnf("rebuild of %s skips fact %s, refused: %s", projection.id(), fact.factId(), e.getMessage());
            }
        }
        return applied;
    }
}
