package dev.chancery.query.projection;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gatherings whose invitations a batch of facts may change: those its claims name and those of the events its
 * verdicts judge. An article names no gathering (an answer still waiting for one is never kept, so it needs no
 * signal).
 */
public final class ChangedGatherings {
    private ChangedGatherings() {
    }

    public static Set<String> of(Collection<FactEnvelope<FactPayload>> facts) {
        Set<String> gatherings = new TreeSet<>();
        for (FactEnvelope<FactPayload> fact : facts) {
            String gathering = switch (ProjectionName.of(fact.type())) {
                case CLAIMS -> fact.payload() instanceof ClaimExtracted c ? c.gathering() : null;
                case EVENTS -> EventVersions.stated(fact.payload()).event().gathering();
                case ARTICLES -> null;
            };
            if (gathering != null) {
                gatherings.add(gathering);
            }
        }
        return gatherings;
    }
}
