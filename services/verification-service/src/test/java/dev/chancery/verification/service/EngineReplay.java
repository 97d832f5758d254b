package dev.chancery.verification.service;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.InMemoryEventLookup;
import dev.chancery.verification.domain.Outcome;
import dev.chancery.verification.domain.RunPublication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The expected result: the same facts applied one by one by the domain over its in-memory lookup, each run of facts
 * committed together publishing one verdict per event, from its state before the run to its final one.
 */
public final class EngineReplay {
    private final InMemoryEventLookup store = new InMemoryEventLookup();
    private final ClaimVerifier verifier = new ClaimVerifier(store);
    private final List<Verdict> verdicts = new ArrayList<>();

    /** A verdict fact as it must be stored: id, stream, version, cause and payload. */
    public record Verdict(UUID factId, String eventId, long version, UUID causationId, FactPayload payload) {
        public static Verdict of(FactEnvelope<?> stored) {
            return new Verdict(stored.factId(), stored.streamId(), stored.streamVersion(), stored.causationId(),
                    stored.payload());
        }
    }

    /** One transaction per fact. */
    public static EngineReplay of(List<? extends FactEnvelope<?>> facts) {
        EngineReplay replay = new EngineReplay();
        facts.forEach(f -> replay.applyRun(List.of(f)));
        return replay;
    }

    /** One batch, split into runs as {@link VerificationService#applyAll} splits it. */
    public static EngineReplay ofRuns(List<? extends FactEnvelope<?>> batch) {
        return ofBatches(List.of(batch));
    }

    /** Batches one after the other, each split into runs; a fact seen in an earlier batch is skipped. */
    public static EngineReplay ofBatches(List<? extends List<? extends FactEnvelope<?>>> batches) {
        EngineReplay replay = new EngineReplay();
        Set<UUID> seen = new HashSet<>();
        for (List<? extends FactEnvelope<?>> batch : batches) {
            List<FactEnvelope<?>> fresh = batch.stream().filter(f -> seen.add(f.factId()))
                    .<FactEnvelope<?>>map(f -> f).toList();
            for (int from = 0, to; from < fresh.size(); from = to) {
                to = from + 1;
                if (!supersedes(fresh.get(from))) {
                    while (to < fresh.size() && !supersedes(fresh.get(to))) {
                        to++;
                    }
                }
                replay.applyRun(fresh.subList(from, to));
            }
        }
        return replay;
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** The final state of every event, by id. */
    public Map<String, EventState> states() {
        Map<String, EventState> states = new TreeMap<>();
        store.all().forEach(s -> states.put(s.eventId(), s));
        return states;
    }

    /** The final states with their revision set to 0: what one transaction per fact and any batching agree on. */
    public Map<String, EventState> statesApartFromRevisions() {
        Map<String, EventState> states = states();
        states.replaceAll((id, s) -> s.withRevision(0));
        return states;
    }

    private void applyRun(List<? extends FactEnvelope<?>> run) {
        Map<String, EventState> before = new HashMap<>();
        store.all().forEach(s -> before.put(s.eventId(), s));
        Map<String, EventState> after = new LinkedHashMap<>();
        Map<String, FactEnvelope<?>> lastCause = new LinkedHashMap<>();
        Map<String, String> lastTrigger = new HashMap<>();
        for (FactEnvelope<?> fact : run) {
            List<Outcome> outcomes = outcomes(fact);
            store.store(outcomes);
            for (Outcome o : outcomes) {
                String id = o.state().eventId();
                after.put(id, o.state());
                o.publication().ifPresent(p -> {
                    lastCause.remove(id);
                    lastCause.put(id, fact);
                    lastTrigger.put(id, p instanceof EventVerified v ? v.triggerClaimId()
                            : ((VerdictRevised) p).triggerClaimId());
                });
            }
        }
        Map<String, Outcome> coalesced = new HashMap<>();
        after.forEach((id, state) -> coalesced.put(id, RunPublication.of(before.get(id), state, lastTrigger.get(id))));
        store.store(List.copyOf(coalesced.values()));
        lastCause.forEach((id, cause) -> coalesced.get(id).publication().ifPresent(p -> {
            int revision = p instanceof VerdictRevised revised ? revised.revision() : 1;
            verdicts.add(new Verdict(DeterministicIds.of("verdict", id, Integer.toString(revision)), id, revision,
                    cause.factId(), p));
        }));
    }

    private List<Outcome> outcomes(FactEnvelope<?> fact) {
        if (fact.payload() instanceof ClaimExtracted claim) {
            return verifier.onClaim(claim);
        }
        if (supersedes(fact)) {
            ArticleExtracted done = (ArticleExtracted) fact.payload();
            store.markSuperseded(done.articleId(), done.supersedes());
            return verifier.onArticleExtracted(done);
        }
        return List.of();
    }

    private static boolean supersedes(FactEnvelope<?> fact) {
        return fact.payload() instanceof ArticleExtracted done && done.supersedes() != null;
    }
}
