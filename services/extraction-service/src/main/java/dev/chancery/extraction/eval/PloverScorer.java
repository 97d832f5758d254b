package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ClaimExtracted;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores one PLOVER record: a claim matches when its PLOVER event equals the gold event and, where the gold mode
 * is not empty, its mode equals the gold mode; countries are right when one matching claim's actors stand for
 * every gold source and target country.
 */
public final class PloverScorer {
    private PloverScorer() {
    }

    public static PloverOutcome score(PloverRecord r, List<ClaimExtracted> claims) {
        List<ClaimExtracted> matching = claims.stream().filter(c -> matches(r, c)).toList();
        Set<String> gold = PloverCountries.of(java.util.stream.Stream.concat(r.sourceCodes().stream(),
                r.targetCodes().stream()).toList());
        Boolean countriesRight = gold.isEmpty() || matching.isEmpty() ? null
                : matching.stream().anyMatch(c -> countries(c).containsAll(gold));
        return new PloverOutcome(r, PloverScope.diplomatic(r), claims, matching, gold, countriesRight);
    }

    static boolean matches(PloverRecord r, ClaimExtracted c) {
        if (c.plover() == null || !r.event().equals(c.plover().event())) {
            return false;
        }
        return r.mode() == null || r.mode().isBlank() || r.mode().equals(c.plover().mode());
    }

    static Set<String> countries(ClaimExtracted c) {
        return c.actors().stream().map(ActorRef::country).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
