package dev.chancery.query.it;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A deterministic mix of every fact type under one tag, as a topic would carry it: per unit an article, three
 * claims, its extraction and one verdict on a shared event (so events collect revisions), with re-ingestions,
 * re-extractions and revisions recorded before versions already published (out-of-order recordedAt for the same
 * key), invitation state changes, verdict-less revisions, claims that join, change side or leave an event, and
 * redelivered duplicates (next to the original and at the end).
 */
final class FactMix {
    private static final InvitationState[] STATES = {InvitationState.INVITED, InvitationState.ACCEPTED,
            InvitationState.DECLINED};
    private static final String BODY = "The ministers met in the capital. ".repeat(60);

    final String tag;
    final List<FactEnvelope<FactPayload>> published = new ArrayList<>();
    private final int events;
    private final Map<Integer, Judgement> judgements = new HashMap<>();
    private final Map<Integer, Integer> revisions = new HashMap<>();
    private final Map<Integer, Instant> lastRecorded = new HashMap<>();

    private FactMix(String tag, int units) {
        this.tag = tag;
        this.events = Math.max(1, units / 4);
        for (int u = 0; u < units; u++) {
            unit(u);
        }
        List<FactEnvelope<FactPayload>> late = new ArrayList<>();
        for (int i = 0; i < published.size(); i += 50) {
            late.add(published.get(i));
        }
        published.addAll(late);
    }

    /** About {@code facts} facts (with duplicates) under a fresh tag. */
    static FactMix of(String prefix, int facts) {
        return new FactMix(TestFacts.unique(prefix), Math.max(1, facts * 10 / 73));
    }

    /** The distinct facts, first delivery order. */
    List<FactEnvelope<FactPayload>> distinct() {
        Set<UUID> seen = new LinkedHashSet<>();
        return published.stream().filter(f -> seen.add(f.factId())).toList();
    }

    /** The LIKE pattern matching every key of this mix. */
    String keys() {
        return tag + "-%";
    }

    private void unit(int u) {
        Instant base = Instant.parse("2025-06-01T00:00:00Z").plus(Duration.ofSeconds(10L * u));
        String articleId = tag + "-a" + u;
        add(new ArticleIngested(articleId, "https://news.example/" + articleId, "news.example/" + articleId,
                "Outlet " + u % 5, null, null, base, "en", "Headline " + u, BODY, null, null, "00"), base);
        List<String> claimIds = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String claimId = articleId + "-c" + k;
            claimIds.add(claimId);
            add(claim(claimId, articleId, "sentence " + k + " of " + u), base.plusSeconds(1));
        }
        add(new ArticleExtracted(articleId, "test-1", 3, claimIds, null), base.plusSeconds(2));
        verdict(u % events, base.plusSeconds(3));
        if (u % 5 == 1) {
            add(claim(claimIds.get(0), articleId, "re-extracted earlier " + u), base.plusMillis(500));
        }
        if (u % 9 == 4) {
            add(new ArticleExtracted(articleId, "test-1", 2, claimIds.subList(0, 2), null), base.plusMillis(1500));
            add(new ArticleExtracted(articleId, "test-2", 3, claimIds, "test-1"), base.plusSeconds(4));
        }
        if (u % 10 == 3) {
            add(new ArticleIngested(articleId, "https://news.example/" + articleId, "news.example/" + articleId,
                    "Outlet " + u % 5, null, null, base, "en", "Corrected " + u, BODY, null, null, "01"),
                    base.plusSeconds(3));
            add(new ArticleIngested(articleId, "https://news.example/" + articleId, "news.example/" + articleId,
                    "Outlet " + u % 5, null, null, base, "en", "Wire draft " + u, BODY, null, null, "02"),
                    base.minusSeconds(1));
        }
    }

    private void verdict(int e, Instant recordedAt) {
        String eventId = tag + "-e" + e;
        boolean invitation = e % 3 == 0;
        List<ActorRef> actors = invitation
                ? List.of(actor(ActorRole.INVITER, "host"), actor(ActorRole.INVITEE, "guest"))
                : List.of(actor(ActorRole.PARTICIPANT, "one"), actor(ActorRole.PARTICIPANT, "other"));
        DiplomaticEvent event = new DiplomaticEvent(invitation ? ClaimType.INVITATION : ClaimType.MEETING, actors,
                invitation ? "gathering:" + tag : null, TestFacts.day("2025-05-30"));
        Judgement previous = judgements.get(e);
        int revision = revisions.merge(e, 1, Integer::sum);
        Verdict verdict = revision % 7 == 0 ? null : revision % 2 == 0 ? Verdict.CORROBORATED : Verdict.REPORTED;
        InvitationState state = invitation && verdict != null ? STATES[revision / 2 % STATES.length] : null;
        List<String> claimsFor = new ArrayList<>(previous == null ? List.of() : previous.claimsFor());
        List<String> claimsAgainst = new ArrayList<>(previous == null ? List.of() : previous.claimsAgainst());
        claimsFor.add("claim-" + revision);
        if (revision % 5 == 0) {
            claimsAgainst.add(claimsFor.remove(0));
        }
        if (revision % 6 == 0 && !claimsAgainst.isEmpty()) {
            claimsAgainst.remove(0);
        }
        Judgement judgement = new Judgement(verdict, state, state == null ? null : verdict, claimsFor, claimsAgainst,
                List.of());
        Instant last = lastRecorded.get(e);
        // every fourth revision was recorded before the one published ahead of it
        Instant at = last != null && revision % 4 == 0 ? last.minusMillis(700) : recordedAt;
        add(previous == null ? new EventVerified(eventId, event, judgement, null)
                : VerdictRevised.between(eventId, revision, event, previous, judgement, null), at);
        judgements.put(e, judgement);
        lastRecorded.put(e, recordedAt);
    }

    private ClaimExtracted claim(String claimId, String articleId, String sentence) {
        return TestFacts.claim(claimId, articleId, ClaimType.MEETING,
                List.of(actor(ActorRole.PARTICIPANT, "one"), actor(ActorRole.PARTICIPANT, "other")),
                null, TestFacts.day("2025-05-30"), sentence, "Outlet", Instant.parse("2025-06-01T00:00:00Z"));
    }

    /** Actors and gatherings of their own, so that the mix does not show up in other tests' answers. */
    private ActorRef actor(ActorRole role, String name) {
        return TestFacts.actor("person:" + tag + "-" + name, role, null);
    }

    private void add(FactPayload payload, Instant recordedAt) {
        FactEnvelope<FactPayload> fact = FactPublisher.fact(payload, recordedAt);
        published.add(fact);
        if (published.size() % 7 == 0) {
            published.add(fact);
        }
    }
}
