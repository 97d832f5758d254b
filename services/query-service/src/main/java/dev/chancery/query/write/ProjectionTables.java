package dev.chancery.query.write;

import dev.chancery.model.fact.FactType;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.ArticleVersion;
import dev.chancery.query.projection.ClaimVersion;
import dev.chancery.query.projection.EventVersion;
import dev.chancery.query.projection.EventVersions;
import dev.chancery.query.projection.ExtractionVersion;
import dev.chancery.query.projection.FactRows;
import dev.chancery.query.projection.ProjectionName;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The versioned projection tables, by the projection whose facts they hold. */
@Singleton
public class ProjectionTables {
    private final VersionTable<EventVersion> events;
    private final Map<ProjectionName, List<VersionTable<?>>> byProjection;

    public ProjectionTables(StoreConfig config) {
        String schema = config.schema() + ".";
        VersionTable<ArticleVersion> articles = new VersionTable<>(schema + "articles", ArticleVersion.class,
                Set.of(FactType.ARTICLE_INGESTED), f -> FactRows.article(f.payload()), List.of("article_id"), List.of());
        VersionTable<ClaimVersion> claims = new VersionTable<>(schema + "claims", ClaimVersion.class,
                Set.of(FactType.CLAIM_EXTRACTED), f -> FactRows.claim(f.payload()), List.of("claim_id"), List.of());
        VersionTable<ExtractionVersion> extractions = new VersionTable<>(schema + "extractions",
                ExtractionVersion.class, Set.of(FactType.ARTICLE_EXTRACTED), f -> FactRows.extraction(f.payload()),
                List.of("article_id", "extractor_version"), List.of());
        // the stream compares a new event version's verdict and invitation state with the one it closes
        this.events = new VersionTable<>(schema + "event_versions", EventVersion.class,
                Set.of(FactType.EVENT_VERIFIED, FactType.VERDICT_REVISED), EventVersions::version,
                List.of("event_id"), List.of("verdict", "invitation_state"));
        this.byProjection = Map.of(ProjectionName.ARTICLES, List.of(articles),
                ProjectionName.CLAIMS, List.of(claims, extractions), ProjectionName.EVENTS, List.of(events));
    }

    public List<VersionTable<?>> of(ProjectionName projection) {
        return byProjection.get(projection);
    }

    /** Whether facts of this type are verdict facts (rows of {@code event_versions}). */
    public boolean verdict(FactType type) {
        return events.holds(type);
    }
}
