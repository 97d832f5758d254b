package dev.chancery.verification.service;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.Outcome;
import dev.chancery.verification.repository.Citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one ArticleExtracted that supersedes an extractor version, in the caller's transaction (of its own: its
 * cluster keys are only known once the events citing the article are read).
 */
final class SupersessionApplier {
    private SupersessionApplier() {
    }

    static boolean supersedes(FactEnvelope<?> fact) {
        return fact.payload() instanceof ArticleExtracted done && done.supersedes() != null;
    }

    /** @return the verdict facts appended */
    static List<FactEnvelope<FactPayload>> apply(VerificationTx tx, FactEnvelope<?> fact) {
        if (tx.firstTime(List.of(fact)).isEmpty()) {
            return List.of();
        }
        ArticleExtracted done = (ArticleExtracted) fact.payload();
        var writer = tx.writer();
        var lookup = tx.lookup();
        writer.markSuperseded(done.articleId(), done.supersedes());
        writer.lockAll(lookup.citing(done.articleId()).stream().map(e -> e.key().canonical()).toList());
        List<Outcome> outcomes = new ClaimVerifier(lookup).onArticleExtracted(done);
        Map<String, EventState> states = new LinkedHashMap<>();
        outcomes.forEach(o -> states.put(o.state().eventId(), o.state()));
        tx.cache().putAll(writer.saveAll(states.values(), lookup.loaded(), Citation.of(states.values())));
        var publisher = tx.publisher();
        publisher.publish(fact, outcomes);
        return publisher.finish();
    }
}
