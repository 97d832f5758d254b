package dev.chancery.query.write;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.Generations;
import dev.chancery.query.projection.ProjectionName;
import io.smallrye.mutiny.Uni;
import dev.chancery.platform.store.Transactions;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a batch of facts, in topic order, to the projections in one transaction of the reactive SQL client,
 * with a constant number of round trips per batch and target generation ({@link GenerationWriter}). A batch of
 * one fact is exactly the one-fact-per-transaction path.
 */
@ApplicationScoped
public class ProjectionWriter {
    private final Transactions transactions;
    private final GenerationWriter generations;
    private final String state;

    public ProjectionWriter(Transactions transactions, GenerationWriter generations, StoreConfig config) {
        this.transactions = transactions;
        this.generations = generations;
        this.state = "SELECT active_generation, building_generation FROM " + config.schema()
                + ".projection_state WHERE name = $1";
    }

    /** Live consumption: the active generation (which feeds the stream) and a running rebuild's generation. */
    public Uni<Integer> applyLive(List<FactEnvelope<FactPayload>> facts) {
        // projections in a fixed order, so that concurrent batches take the generation locks in the same order
        Map<ProjectionName, List<FactEnvelope<FactPayload>>> byProjection = facts.stream().collect(Collectors
                .groupingBy(f -> ProjectionName.of(f.type()), () -> new EnumMap<>(ProjectionName.class),
                        Collectors.toList()));
        return byProjection.isEmpty() ? Uni.createFrom().item(0) : transactions.inTransaction(c -> {
            Uni<Integer> applied = Uni.createFrom().item(0);
            for (var group : byProjection.entrySet()) {
                applied = applied.chain(n -> live(c, group.getKey(), group.getValue()).map(m -> n + m));
            }
            return applied;
        });
    }

    /** Rebuild: the batch's facts of {@code projection} into the generation being built, without stream changes. */
    public Uni<Integer> applyTo(ProjectionName projection, List<FactEnvelope<FactPayload>> facts, int generation) {
        List<FactEnvelope<FactPayload>> own = facts.stream().filter(f -> ProjectionName.of(f.type()) == projection)
                .toList();
        return own.isEmpty() ? Uni.createFrom().item(0)
                : transactions.inTransaction(c -> generations.apply(c, projection, generation, own, false));
    }

    private Uni<Integer> live(SqlConnection c, ProjectionName projection, List<FactEnvelope<FactPayload>> facts) {
        return c.preparedQuery(state).execute(Tuple.of(projection.id())).chain(rows -> {
            Row row = rows.iterator().next();
            int active = row.getInteger("active_generation");
            Uni<Integer> applied = Uni.createFrom().item(0);
            for (int g : Generations.targets(active, row.getInteger("building_generation"), true)) {
                applied = applied.chain(n -> generations.apply(c, projection, g, facts, g == active).map(m -> n + m));
            }
            return applied;
        });
    }
}
