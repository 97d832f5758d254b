package dev.chancery.verification.domain;

import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges one event from the set of its claims: a pure function, so order and duplicates cannot change it. The
 * invitation family is handed to {@link InvitationJudge}.
 */
final class EventJudge {
    static final String NO_CLAIMS_LEFT = "no-claims-left";

    private EventJudge() {
    }

    static Judgement judge(ClusterKey key, List<ClaimSummary> claims) {
        if (claims.isEmpty()) {
            return new Judgement(null, null, null, List.of(), List.of(), List.of(Rationale.naming(NO_CLAIMS_LEFT,
                    "every claim of this event was superseded or now belongs to another event", List.of())));
        }
        Set<String> parties = parties(key, claims);
        List<ClaimReading> readings = claims.stream().map(c -> ClaimReading.of(c, parties)).toList();
        if (key.invitation()) {
            return InvitationJudge.judge(key, readings);
        }
        Tally tally = Tally.of(readings);
        Ruling ruling = Ruling.of(tally, "");
        List<Rationale> rationale = new ArrayList<>(ruling.rationale());
        rationale.addAll(readingNotes(readings));
        return new Judgement(ruling.verdict(), null, null, tally.supportingIds(), tally.opposingIds(), rationale);
    }

    /** The identities taking part: the key's participants and every resolved actor of the claims. */
    static Set<String> parties(ClusterKey key, Collection<ClaimSummary> claims) {
        Set<String> parties = new TreeSet<>(key.participants());
        for (ClaimSummary c : claims) {
            for (String identity : c.identities()) {
                if (identity != null) {
                    parties.add(identity);
                }
            }
        }
        return parties;
    }

    /** One rationale per reading rule other than plain assertion, naming the claims it read. */
    static List<Rationale> readingNotes(Collection<ClaimReading> readings) {
        Map<String, List<String>> byRule = new TreeMap<>();
        readings.stream().filter(r -> !r.rule().equals(ReadingRule.ASSERTED.name()))
                .forEach(r -> byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r.id()));
        List<Rationale> notes = new ArrayList<>();
        byRule.forEach((rule, ids) -> notes.add(Rationale.naming(rule, ReadingTexts.of(rule), ids)));
        return notes;
    }
}
