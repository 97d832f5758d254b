package dev.chancery.model.verdict;

import java.util.List;

/**
 * One reason behind a verdict. A rule may look at every claim of a much-reported event, so it names at most
 * {@link #MAX_NAMED} of them (the first by id) and counts them all: a verdict fact stays small however many
 * articles repeat the story; the event's full claims are in its {@link ClaimMembership}.
 *
 * @param rule       the named rule that contributed ("official-participant-asserts")
 * @param text       a short human sentence
 * @param claims     up to {@link #MAX_NAMED} of the claim ids the rule looked at, in id order
 * @param claimCount how many claims the rule looked at
 */
public record Rationale(String rule, String text, List<String> claims, int claimCount) {
    public static final int MAX_NAMED = 20;

    /** A rationale over {@code claims}, naming at most {@link #MAX_NAMED} of them. */
    public static Rationale naming(String rule, String text, List<String> claims) {
        List<String> sorted = claims.stream().sorted().toList();
        return new Rationale(rule, text, sorted.size() > MAX_NAMED ? sorted.subList(0, MAX_NAMED) : sorted,
                sorted.size());
    }
}
