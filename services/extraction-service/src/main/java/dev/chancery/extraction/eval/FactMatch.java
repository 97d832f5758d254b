package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.Modality;

import java.util.List;

/**
 * Whether a claim states an expected fact: the same type and set of actor/role keys, and every attribute the fact
 * line annotates. A line without {@code m=} accepts any modality but NEGATED (a fact line says something happened
 * or is said to); a date annotation is a prefix at its own precision (d=2025-11 accepts 2025-11-05).
 */
public final class FactMatch {
    private FactMatch() {
    }

    public static boolean matches(ExpectedClaim fact, ClaimExtracted claim) {
        return claim.type().name().equals(fact.type())
                && Scorer.actors(claim).equals(fact.actors())
                && oneOf(fact.gathering(), claim.gathering(), false)
                && (fact.modality() == null ? claim.modality() != Modality.NEGATED
                    : oneOf(fact.modality(), claim.modality() == null ? null : claim.modality().name(), false))
                && oneOf(fact.date(), Scorer.format(claim.date()), true)
                && oneOf(fact.deniedType(), claim.deniedType() == null ? null : claim.deniedType().name(), false)
                && oneOf(fact.channel(), claim.attribution() == null || claim.attribution().channel() == null
                    ? null : claim.attribution().channel().name(), false);
    }

    private static boolean oneOf(String annotated, String actual, boolean prefix) {
        if (annotated == null) {
            return true;
        }
        return actual != null && List.of(annotated.split("\\|")).stream()
                .anyMatch(a -> prefix ? actual.startsWith(a) : actual.equals(a));
    }
}
