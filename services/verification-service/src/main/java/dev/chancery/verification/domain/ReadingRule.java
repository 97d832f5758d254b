package dev.chancery.verification.domain;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;

import java.util.List;
import java.util.function.Predicate;

/**
 * A named rule that reads a claim's stance from its type and modality. {@link #TABLE} is tried in order; the first
 * that applies decides.
 *
 * @param name   the rule's name, quoted in rationales
 * @param text   what it means, for people
 */
record ReadingRule(String name, Predicate<ClaimSummary> applies, Stance stance, String text) {

    static final ReadingRule HEDGED = new ReadingRule("hedged-does-not-assert",
            c -> c.modality() == Modality.HEDGED || c.modality() == Modality.HYPOTHETICAL, Stance.SILENT,
            "hedged or hypothetical claims neither assert nor contradict");
    static final ReadingRule DENIAL = new ReadingRule("denial-counts-against",
            c -> c.type() == ClaimType.DENIAL, Stance.CONTRADICTS, "a denial counts against the event");
    static final ReadingRule NEGATED = new ReadingRule("negated-counts-against",
            c -> c.modality() == Modality.NEGATED, Stance.CONTRADICTS, "a negated claim counts against the event");
    static final ReadingRule PLANNED = new ReadingRule("planned-counts-as-asserted",
            c -> c.modality() == Modality.PLANNED, Stance.ASSERTS, "a planned event counts as asserted");
    static final ReadingRule ASSERTED = new ReadingRule("asserted",
            c -> true, Stance.ASSERTS, "the claim asserts the event");

    static final List<ReadingRule> TABLE = List.of(HEDGED, DENIAL, NEGATED, PLANNED, ASSERTED);

    static ReadingRule firstFor(ClaimSummary claim) {
        for (ReadingRule rule : TABLE) {
            if (rule.applies().test(claim)) {
                return rule;
            }
        }
        return ASSERTED;
    }
}
