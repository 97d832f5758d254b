package dev.chancery.bench.replay;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.claim.Evidence;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.Plover;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import org.apache.kafka.clients.producer.ProducerRecord;
import dev.chancery.model.reference.Country;
import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
    private static final ClaimType[] TYPES = {ClaimType.INVITATION, ClaimType.PHONE_CALL, ClaimType.MEETING,
            ClaimType.VISIT, ClaimType.INVITATION_ACCEPTED};
    private final List<String> bodies;
    private final List<String> bodyHashes = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private final List<Gathering> gatherings = new ArrayList<>();
    private final String tag;
    private final int events;
    private final Map<String, Judgement> eventJudgement = new HashMap<>();
    private final Map<String, Integer> eventRevision = new HashMap<>();
    private final long[] positions = new long[3];

    public ReplayFacts(List<String> bodies, String tag, int events) {
        this.bodies = bodies;
        this.tag = tag;
        this.events = events;
        for (String b : bodies) {
            bodyHashes.add(sha256(b));
        }
        ReferenceData ref = ReferenceData.load();
        for (Country c : ref.countries()) {
            if (c.sovereign()) {
                states.add(c.alpha3());
            }
        }
        for (Gathering g : ref.gatherings()) {
            gatherings.add(g);
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
            int event = r.nextInt(events);
            SplittableRandom e = new SplittableRandom(event * 7919L + 13);
            String a = states.get(e.nextInt(states.size()));
            String other = states.get(e.nextInt(states.size()));
            if (other.equals(a)) {
                other = states.get((states.indexOf(a) + 1) % states.size());
            }
            ClaimType type = TYPES[e.nextInt(TYPES.length)];
            boolean invitation = type.isInvitationFamily();
            Gathering g = invitation ? gatherings.get(e.nextInt(gatherings.size())) : null;
            LocalDate when = day.minusDays(1 + e.nextInt(3));
            List<ActorRef> actors = invitation
                    ? List.of(new ActorRef(a, a, ActorKind.STATE, ActorRole.INVITER, a),
                            new ActorRef(other, other, ActorKind.STATE, ActorRole.INVITEE, other))
                    : List.of(new ActorRef(a, a, ActorKind.STATE, ActorRole.PARTICIPANT, a),
                            new ActorRef(other, other, ActorKind.STATE, ActorRole.PARTICIPANT, other));
            String sentence = "The leaders of " + a + " and " + other + " "
                    + (invitation ? "exchanged invitations to the " + g.name() : "spoke by telephone")
                    + " on " + when + ", the foreign ministry said in a statement published on its website.";
            UUID claimUuid = DeterministicIds.of("bench.replay.claim", articleId, Integer.toString(c));
            boolean official = r.nextInt(8) == 0;
            ClaimExtracted claim = new ClaimExtracted(claimUuid.toString(), articleId, "rules-1.0.0", type,
                    new Plover(invitation ? "CONSULT" : "CONSULT", invitation ? "visit" : "phone"),
                    invitation ? "042" : "040", actors, g == null ? null : g.id(),
                    new ClaimDate(when, when, DatePrecision.DAY, when.toString()), Modality.ASSERTED,
                    new Attribution(official ? "org:mfa-" + a.toLowerCase() : null, official ? a : outlet,
                            official ? Channel.FOREIGN_MINISTRY : Channel.OUTLET, official, official ? a : null,
                            official),
                    new Evidence(sentence, 2 + c * 3, 200 + c * 400, 200 + c * 400 + sentence.length(),
                            invitation ? "invited" : "call"),
                    null, source);
            claims.add(claim);
            claimIds.add(claim.claimId());
            out.add(fact("extraction", Topics.CLAIMS, articleId, claimUuid, claim, c + 1, articleUuid,
                    articleUuid, when.atStartOfDay().toInstant(ZoneOffset.UTC), published, recorded.plusMillis(5)));
        }
        UUID doneUuid = DeterministicIds.of("bench.replay.extracted", articleId);
        out.add(fact("extraction", Topics.CLAIMS, articleId, doneUuid,
                new ArticleExtracted(articleId, "rules-1.0.0", 3, claimIds, null), 4, articleUuid, articleUuid, null,
                published, recorded.plusMillis(6)));

        for (ClaimExtracted claim : claims) {
            ClaimType family = claim.type().isInvitationFamily() ? ClaimType.INVITATION : claim.type();
            List<ActorRef> actors = claim.actors();
            String eventId = DeterministicIds.of("bench.replay.event", tag, family.name(), actors.get(0).id(),
                    actors.get(1).id(), String.valueOf(claim.gathering())).toString();
            DiplomaticEvent event = new DiplomaticEvent(family, actors, claim.gathering(), claim.date());
            Judgement previous = eventJudgement.get(eventId);
            int revision = eventRevision.getOrDefault(eventId, 0) + 1;
            List<String> claimsFor = new ArrayList<>(previous == null ? List.of() : previous.claimsFor());
            if (claimsFor.size() < 8) {
                claimsFor.add(claim.claimId());
            }
            boolean inv = family == ClaimType.INVITATION;
            Verdict verdict = claim.attribution().official() ? Verdict.CONFIRMED
                    : claimsFor.size() >= 2 ? Verdict.CORROBORATED : Verdict.REPORTED;
            Judgement judgement = new Judgement(verdict, inv ? InvitationState.INVITED : null, inv ? verdict : null,
                    claimsFor, List.of(), List.of(Rationale.naming(verdict == Verdict.CONFIRMED
                            ? "official-participant-asserts" : "independent-outlets",
                            "Reported by " + claimsFor.size() + " independent outlet(s).", claimsFor)));
            FactPayload payload = previous == null
                    ? new EventVerified(eventId, event, judgement, claim.claimId())
                    : VerdictRevised.between(eventId, revision, event, previous, judgement, claim.claimId());
            eventJudgement.put(eventId, judgement);
            eventRevision.put(eventId, revision);
            UUID factId = DeterministicIds.of("bench.replay.verdict", eventId, Integer.toString(revision));
            out.add(fact("verification", Topics.VERDICTS, eventId, factId, payload, revision, articleUuid,
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
