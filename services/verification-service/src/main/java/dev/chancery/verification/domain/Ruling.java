package dev.chancery.verification.domain;

import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A verdict on one proposition with the rationale behind it: the deciding {@link VerdictRule}, plus rule
 * {@code wire-copies-count-once} when several articles collapse into fewer independent outlets. No rule applying
 * gives a null verdict with rule {@code nothing-asserts}.
 */
record Ruling(Verdict verdict, List<Rationale> rationale) {
    static final String WIRE_COPIES = "wire-copies-count-once";
    static final String NOTHING_ASSERTS = "nothing-asserts";

    static Ruling of(Tally tally, String subject) {
        List<Rationale> rationale = new ArrayList<>();
        Optional<VerdictRule> rule = VerdictRule.decide(tally);
        rule.ifPresentOrElse(r -> rationale.add(prefixed(r.rationale(tally), subject)),
                () -> rationale.add(Rationale.naming(NOTHING_ASSERTS, subject + "no claim asserts it and no participant "
                        + "officially contradicts it", tally.opposingIds())));
        long articles = tally.articles();
        if (articles > tally.outlets().size()) {
            rationale.add(Rationale.naming(WIRE_COPIES, subject + articles + " articles carry " + tally.outlets().size()
                    + " independent report(s): wire copies and reprints count once", tally.supportingIds()));
        }
        return new Ruling(rule.map(VerdictRule::verdict).orElse(null), rationale);
    }

    private static Rationale prefixed(Rationale r, String subject) {
        return subject.isEmpty() ? r : new Rationale(r.rule(), subject + r.text(), r.claims(), r.claimCount());
    }
}
