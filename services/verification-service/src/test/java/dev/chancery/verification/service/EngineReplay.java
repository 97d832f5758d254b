package dev.chancery.verification.service;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.InMemoryEventLookup;
import dev.chancery.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The expected result: the same facts applied one by one by the domain over its in-memory lookup. */
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

    public static EngineReplay of(List<? extends FactEnvelope<?>> facts) {
        EngineReplay replay = new EngineReplay();
        facts.forEach(replay::apply);
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

    private void apply(FactEnvelope<?> fact) {
        List<Outcome> outcomes = List.of();
        if (fact.payload() instanceof ClaimExtracted claim) {
            outcomes = verifier.onClaim(claim);
        } else if (fact.payload() instanceof ArticleExtracted done && done.supersedes() != null) {
            store.markSuperseded(done.articleId(), done.supersedes());
            outcomes = verifier.onArticleExtracted(done);
        }
        store.store(outcomes);
        for (Outcome o : outcomes) {
            o.publication().ifPresent(p -> {
                int revision = p instanceof VerdictRevised revised ? revised.revision() : 1;
                String id = o.state().eventId();
                verdicts.add(new Verdict(DeterministicIds.of("verdict", id, Integer.toString(revision)), id, revision,
                        fact.factId(), p));
            });
        }
    }
}
