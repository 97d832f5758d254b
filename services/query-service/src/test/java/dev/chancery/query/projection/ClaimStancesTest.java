package dev.chancery.query.projection;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.ClaimMembership;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimStancesTest {
    private static final DiplomaticEvent EVENT = new DiplomaticEvent(ClaimType.MEETING, List.of(), null, null);

    @Test
    void aClaimMovingSidesIsOneRowOnTheSideItJoinsAndALeavingClaimHasNoStance() {
        Judgement before = judgement(List.of("a", "b", "c"), List.of("d"));
        Judgement after = judgement(List.of("a", "d"), List.of("b"));

        List<ClaimChange> rows = ClaimStances.of(VerdictRevised.between("e", 2, EVENT, before, after, null));

        assertThat(rows).containsExactlyInAnyOrder(new ClaimChange("e", "b", 2, "AGAINST"),
                new ClaimChange("e", "c", 2, null), new ClaimChange("e", "d", 2, "FOR"));
    }

    @Test
    void eachClaimsLatestChangeUpToARevisionGivesThatRevisionsClaims() {
        List<Judgement> judgements = List.of(judgement(List.of("a", "b"), List.of()),
                judgement(List.of("a", "b", "c"), List.of()), judgement(List.of("a", "c"), List.of("b", "d")),
                judgement(List.of("c"), List.of("d")), judgement(List.of("c", "a"), List.of("d", "e")));
        List<ClaimChange> rows = new ArrayList<>(ClaimStances.of(new EventVerified("e", EVENT, judgements.get(0),
                null)));
        for (int r = 2; r <= judgements.size(); r++) {
            rows.addAll(ClaimStances.of(VerdictRevised.between("e", r, EVENT, judgements.get(r - 2),
                    judgements.get(r - 1), null)));
        }

        for (int r = 1; r <= judgements.size(); r++) {
            int revision = r;
            // what the read statement selects: per claim, its row with the largest revision <= r
            Map<String, ClaimChange> latest = rows.stream().filter(c -> c.revision() <= revision)
                    .collect(Collectors.toMap(ClaimChange::claimId, c -> c,
                            (x, y) -> Comparator.comparingInt(ClaimChange::revision).compare(x, y) > 0 ? x : y));
            assertThat(ClaimStances.membership(latest.values())).as("revision " + r)
                    .isEqualTo(ClaimMembership.of(judgements.get(r - 1)));
        }
    }

    private static Judgement judgement(List<String> claimsFor, List<String> claimsAgainst) {
        return new Judgement(Verdict.REPORTED, null, null, claimsFor, claimsAgainst, List.of());
    }
}
