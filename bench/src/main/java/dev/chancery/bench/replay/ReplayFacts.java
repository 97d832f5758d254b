package dev.chancery.bench.replay;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import org.apache.kafka.clients.producer.ProducerRecord;
import dev.chancery.model.reference.ReferenceData;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Synthetic but valid facts in the pipeline's proportions, deterministic for a seed: per article one
 * ArticleIngested (ingestion's store, chancery.articles.v1), three ClaimExtracted and one ArticleExtracted
 * (extraction's store, chancery.claims.v1), and one verdict fact per claim (verification's store,
 * chancery.verdicts.v2): EventVerified for a new event, VerdictRevised when a later claim joins it. Events recur
 * among a bounded set, so revisions happen as they do in real use. Bodies are real generated article bodies.
 */
public final class ReplayFacts {
    /** One fact as stored and published. */
    public record Fact(String store, FactEnvelope<?> envelope, ProducerRecord<String, byte[]> record) {
    }

    private static final String[] OUTLETS = {"Reuters", "AP", "AFP", "Steppe Courier", "Kazinform", "TASS",
            "The Daily Ledger", "Eurasia Review"};
    private final List<String> bodies;
    private final List<String> bodyHashes = new ArrayList<>();
    private final String tag;
    private final ReplayClaims claimsOf;
    private final VerdictChain verdicts;
    private final long[] positions = new long[3];

    public ReplayFacts(List<String> bodies, String tag, int events) {
        this.bodies = bodies;
        this.tag = tag;
        this.claimsOf = new ReplayClaims(ReferenceData.load(), events);
        this.verdicts = new VerdictChain(tag);
        for (String b : bodies) {
            bodyHashes.add(sha256(b));
        }
    }

    /** Emits facts until {@code count} have been emitted; returns the number of articles they describe. */
    public long generate(long count, Consumer<Fact> sink) {
        long emitted = 0;
        long article = 0;
        while (emitted < count) {
            for (Fact f : article(article++)) {
                if (emitted++ >= count) {
                    break;
                }
                sink.accept(f);
            }
        }
        return article;
    }

    private List<Fact> article(long n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 17);
        List<Fact> out = new ArrayList<>(8);
        UUID articleUuid = DeterministicIds.of("bench.replay.article", tag, Long.toString(n));
        String articleId = articleUuid.toString();
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(n / 400);
        Instant published = day.atTime(8, r.nextInt(60)).toInstant(ZoneOffset.UTC);
        Instant recorded = Instant.parse("2026-01-01T00:00:00Z").plusMillis(n * 20);
        String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
        int b = r.nextInt(bodies.size());
        String url = "https://replay.bench.example/" + day + "/" + n;
        ArticleIngested ingested = new ArticleIngested(articleId, url, url, outlet, OutletKind.NEWSPAPER,
                r.nextInt(4) == 0 ? "Reuters" : null, published, "en", "Replay article " + n, bodies.get(b), null,
                null, bodyHashes.get(b));
        out.add(fact("ingestion", Topics.ARTICLES, articleId, articleUuid, ingested, 1, articleUuid, null,
                null, published, recorded));

        SourceInfo source = new SourceInfo(articleId, url, outlet, OutletKind.NEWSPAPER, ingested.originalOutlet(),
                published);
        List<String> claimIds = new ArrayList<>();
        List<ClaimExtracted> claims = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            ClaimExtracted claim = claimsOf.claim(r, articleId, day, c, source, outlet);
            LocalDate when = claim.date().start();
            claims.add(claim);
            claimIds.add(claim.claimId());
            out.add(fact("extraction", Topics.CLAIMS, articleId, UUID.fromString(claim.claimId()), claim, c + 1,
                    articleUuid,
                    articleUuid, when.atStartOfDay().toInstant(ZoneOffset.UTC), published, recorded.plusMillis(5)));
        }
        UUID doneUuid = DeterministicIds.of("bench.replay.extracted", articleId);
        out.add(fact("extraction", Topics.CLAIMS, articleId, doneUuid,
                new ArticleExtracted(articleId, "rules-1.0.0", 3, claimIds, null), 4, articleUuid, articleUuid, null,
                published, recorded.plusMillis(6)));

        for (ClaimExtracted claim : claims) {
            VerdictChain.Step v = verdicts.next(claim);
            UUID factId = DeterministicIds.of("bench.replay.verdict", v.eventId(), Integer.toString(v.revision()));
            out.add(fact("verification", Topics.VERDICTS, v.eventId(), factId, v.payload(), v.revision(), articleUuid,
                    UUID.fromString(claim.claimId()), claim.date().start().atStartOfDay().toInstant(ZoneOffset.UTC),
                    published, recorded.plusMillis(9)));
        }
        return out;
    }

    private Fact fact(String store, String topic, String key, UUID factId, FactPayload payload, long version,
            UUID correlation, UUID causation, Instant valid, Instant published, Instant recorded) {
        int s = store.equals("ingestion") ? 0 : store.equals("extraction") ? 1 : 2;
        long position = ++positions[s];
        FactEnvelope<FactPayload> env = FactEnvelope.of(factId, payload, correlation, causation, valid, published)
                .producedBy(store + "-service/0.1.0").stored(version, position, recorded);
        return new Fact(store, env, FactRecordCodec.encode(env, topic, key));
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
