package dev.chancery.verification.domain;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.Judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A test harness: an in-memory store, the verifier, and every payload published so far. */
final class Verification {
    final InMemoryEventLookup store = new InMemoryEventLookup();
    final ClaimVerifier verifier = new ClaimVerifier(store);
    final List<FactPayload> published = new ArrayList<>();

    Verification feed(ClaimExtracted... claims) {
        for (ClaimExtracted c : claims) {
            List<Outcome> outcomes = verifier.onClaim(c);
            store.store(outcomes);
            outcomes.forEach(o -> o.publication().ifPresent(published::add));
        }
        return this;
    }

    /** The only event holding claims. */
    EventState only() {
        List<EventState> live = live();
        if (live.size() != 1) {
            throw new AssertionError("expected one event, got " + live);
        }
        return live.get(0);
    }

    List<EventState> live() {
        return store.all().stream().filter(e -> !e.claims().isEmpty()).toList();
    }

    Map<String, Judgement> judgements() {
        Map<String, Judgement> m = new TreeMap<>();
        live().forEach(e -> m.put(e.eventId(), e.judgement()));
        return m;
    }
}
