package dev.chancery.extraction.service;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Extracts one ingested article once per extractor version: its claims and a closing ArticleExtracted are
 * appended to the article's stream in one transaction with the processed-fact mark. A newer version's
 * ArticleExtracted names the version it supersedes; the older claims stay, as every fact does.
 */
@ApplicationScoped
public class ExtractionService {
    private final FactStore store;
    private final IdempotentConsumer consumer;

    public ExtractionService(FactStore store, IdempotentConsumer consumer) {
        this.store = store;
        this.consumer = consumer;
    }

    /** @return the facts appended, empty when this version already extracted the article */
    public Uni<List<FactEnvelope<FactPayload>>> extract(FactEnvelope<ArticleIngested> article, Extractor extractor) {
        List<ClaimExtracted> claims = extractor.extract(article.payload());
        List<FactEnvelope<FactPayload>> appended = new ArrayList<>();
        return consumer.process("extraction:" + extractor.version(), article.factId(), conn ->
                        previousVersion(conn, article.payload().articleId(), extractor.version())
                                .chain(previous -> store.append(conn, article.payload().articleId(), ExpectedVersion.any(),
                                        facts(article, claims, extractor.version(), previous.orElse(null))))
                                .invoke(appended::addAll))
                .replaceWith(appended);
    }

    private Uni<Optional<String>> previousVersion(SqlConnection conn, String articleId, String version) {
        return conn.preparedQuery("SELECT payload->>'extractorVersion' AS v FROM " + store.table("facts")
                        + " WHERE stream_id = $1 AND type = 'ArticleExtracted' AND payload->>'extractorVersion' <> $2"
                        + " ORDER BY stream_version DESC LIMIT 1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(articleId, version))
                .map(rows -> rows.iterator().hasNext()
                        ? Optional.of(rows.iterator().next().getString("v")) : Optional.empty());
    }

    private static List<FactEnvelope<?>> facts(FactEnvelope<ArticleIngested> article, List<ClaimExtracted> claims,
            String version, String supersedes) {
        UUID correlation = article.correlationId() != null ? article.correlationId() : article.factId();
        Instant published = article.payload().publishedAt();
        List<FactEnvelope<?>> facts = new ArrayList<>();
        for (ClaimExtracted claim : claims) {
            Instant valid = claim.date() != null && claim.date().start() != null
                    ? claim.date().start().atStartOfDay().toInstant(ZoneOffset.UTC) : null;
            facts.add(FactEnvelope.of(DeterministicIds.of("claim-fact", claim.claimId()), claim, correlation,
                    article.factId(), valid, published));
        }
        ArticleExtracted summary = new ArticleExtracted(article.payload().articleId(), version, claims.size(),
                claims.stream().map(ClaimExtracted::claimId).toList(), supersedes);
        facts.add(FactEnvelope.of(DeterministicIds.of("article-extracted", article.payload().articleId(), version),
                summary, correlation, article.factId(), null, published));
        return facts;
    }
}
