package dev.chancery.verification.domain;

import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A named verdict rule. {@link #TABLE} is tried in order and the first rule that applies gives the verdict and the
 * rationale naming it; when none applies (nothing asserts, nobody official denies) there is no verdict yet.
 */
record VerdictRule(String name, Predicate<Tally> applies, Verdict verdict,
                   Function<Tally, String> text, Function<Tally, List<String>> claims) {

    static final List<VerdictRule> TABLE = List.of(
            new VerdictRule("participants-contradict", t -> t.participantAsserts() && t.participantDenies(),
                    Verdict.DISPUTED, t -> "a participant's official channel asserts it and another's contradicts it",
                    t -> Tally.ids(all(t), ClaimReading::officialParticipant)),
            new VerdictRule("official-participant-asserts", Tally::participantAsserts, Verdict.CONFIRMED,
                    t -> "a participant's own official channel asserts it",
                    t -> Tally.ids(t.supporting(), ClaimReading::officialParticipant)),
            new VerdictRule("participant-denies", Tally::participantDenies, Verdict.REFUTED,
                    t -> "a participant officially contradicts it and no participant asserts it",
                    t -> Tally.ids(t.opposing(), ClaimReading::officialParticipant)),
            new VerdictRule("claims-contradict", t -> !t.supporting().isEmpty() && !t.opposing().isEmpty(),
                    Verdict.DISPUTED, t -> "reports contradict each other and no participant settles it",
                    t -> Tally.ids(all(t), r -> true)),
            new VerdictRule("independent-outlets", t -> t.outlets().size() >= 2, Verdict.CORROBORATED,
                    t -> t.outlets().size() + " independent outlets report it: " + named(t.outlets()),
                    Tally::supportingIds),
            new VerdictRule("single-source", t -> t.outlets().size() == 1, Verdict.REPORTED,
                    t -> "one independent source reports it: " + t.outlets().first(), Tally::supportingIds));

    static final int MAX_OUTLETS_NAMED = 10;

    Rationale rationale(Tally tally) {
        return Rationale.naming(name, text.apply(tally), claims.apply(tally));
    }

    static Optional<VerdictRule> decide(Tally tally) {
        return TABLE.stream().filter(r -> r.applies().test(tally)).findFirst();
    }

    // a story repeated by hundreds of outlets must not make every revision's text hundreds of names long
    private static String named(java.util.SortedSet<String> outlets) {
        List<String> first = outlets.stream().limit(MAX_OUTLETS_NAMED).toList();
        int more = outlets.size() - first.size();
        return String.join(", ", first) + (more > 0 ? " and " + more + " more" : "");
    }

    private static List<ClaimReading> all(Tally t) {
        return java.util.stream.Stream.concat(t.supporting().stream(), t.opposing().stream()).toList();
    }
}
