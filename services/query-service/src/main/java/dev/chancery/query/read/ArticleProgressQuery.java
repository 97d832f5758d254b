package dev.chancery.query.read;

import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.ArticleProgress;
import dev.chancery.query.projection.ArticleProgress.EventVerdict;
import dev.chancery.query.projection.ArticleProgress.Extraction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article's progress as of a transaction time, from what the projections hold of it: its versions in
 * {@code articles}, its current extractions, and the versions of the events its claims joined (or whose verdict fact
 * it is the correlation id of); each read in the active generation of its projection. Empty for an article not ingested by then.
 */
@ApplicationScoped
public class ArticleProgressQuery {
    private final Pool pool;
    private final String ingested;
    private final String extracted;
    private final String verified;

    public ArticleProgressQuery(Pool pool, StoreConfig config) {
        this.pool = pool;
        String schema = config.schema();
        this.ingested = "SELECT min(recorded_from) AS at FROM " + rowsOf(schema, "articles", "articles");
        this.extracted = "SELECT claim_count, extractor_version, recorded_from AS at FROM "
                + rowsOf(schema, "extractions", "claims") + " AND (recorded_to IS NULL OR recorded_to > $2)";
        // the versions of the events the article's claims joined, from the revision each joined on, and those its
        // own claims caused (a verdict names the last claim of its run that changed the event, so not every article)
        String events = "(SELECT active_generation FROM " + schema + ".projection_state WHERE name = 'events')";
        String claims = "(SELECT active_generation FROM " + schema + ".projection_state WHERE name = 'claims')";
        this.verified = "WITH joined AS (SELECT c.event_id, min(c.revision) AS since FROM " + schema
                + ".event_claim_changes c WHERE c.generation = " + events + " AND c.stance IS NOT NULL"
                + " AND c.claim_id IN (SELECT claim_id FROM " + schema + ".claims WHERE generation = " + claims
                + " AND article_id = $1 AND recorded_from <= $2) GROUP BY c.event_id)"
                + " SELECT v.event_id, v.verdict, v.revision, v.recorded_from AS at FROM " + schema
                + ".event_versions v JOIN joined j ON j.event_id = v.event_id AND v.revision >= j.since"
                + " WHERE v.generation = " + events + " AND v.recorded_from <= $2"
                + " UNION SELECT event_id, verdict, revision, recorded_from AS at FROM "
                + rowsOf(schema, "event_versions", "events");
    }

    public Uni<Optional<ArticleProgress>> of(String articleId, Instant asOf) {
        Tuple params = Tuple.of(articleId, asOf.atOffset(ZoneOffset.UTC));
        return pool.preparedQuery(ingested).execute(params).chain(first -> {
            Row row = first.iterator().next();
            if (row.getValue("at") == null) {
                return Uni.createFrom().item(Optional.<ArticleProgress>empty());
            }
            Instant ingestedAt = at(row);
            return pool.preparedQuery(extracted).execute(params).chain(extractions -> pool.preparedQuery(verified)
                    .execute(params).map(verdicts -> {
                        List<Extraction> e = new ArrayList<>();
                        extractions.forEach(r -> e.add(new Extraction(r.getInteger("claim_count"),
                                r.getString("extractor_version"), at(r))));
                        List<EventVerdict> v = new ArrayList<>();
                        verdicts.forEach(r -> v.add(new EventVerdict(r.getString("event_id"), r.getString("verdict"),
                                r.getInteger("revision"), at(r))));
                        return Optional.of(ArticleProgress.of(articleId, ingestedAt, e, v));
                    }));
        });
    }

    /** The rows of {@code table} for article $1 recorded by $2, in the active generation of {@code projection}. */
    private static String rowsOf(String schema, String table, String projection) {
        return schema + "." + table + " WHERE generation = (SELECT active_generation FROM " + schema
                + ".projection_state WHERE name = '" + projection + "') AND article_id = $1 AND recorded_from <= $2";
    }

    private static Instant at(Row r) {
        return r.getOffsetDateTime("at").toInstant();
    }
}
