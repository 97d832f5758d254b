package dev.chancery.verification.repository;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.verification.domain.ClaimBuilder;
import dev.chancery.verification.domain.ClaimSummary;
import dev.chancery.verification.domain.ClusterKey;
import dev.chancery.verification.domain.EventState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A judgement's claims told by position read back as the lists they replace, or stay lists where they cannot. */
class JudgementClaimsTest {
    private static final Rationale WHY = Rationale.naming("rule", "why", List.of("c-01"));

    @Test
    void positionsReadBackAsTheListsForAnyStancesOfTheClaims() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<ClaimSummary> claims = claims(random.nextInt(60));
            List<String> claimsFor = new ArrayList<>();
            List<String> claimsAgainst = new ArrayList<>();
            for (ClaimSummary c : claims) {
                int side = random.nextInt(3);
                (side == 0 ? claimsFor : side == 1 ? claimsAgainst : new ArrayList<String>()).add(c.claimId());
            }
            EventState state = state(claims, claimsFor, claimsAgainst);

            String code = JudgementClaims.code(state);
            assertThat(code).hasSize(claims.size());
            EventState stored = new EventState(state.eventId(), state.key(), state.anchor(), state.event(),
                    state.span(), claims, JudgementClaims.withoutLists(state.judgement()), state.revision());
            assertThat(stored.judgement().claimsFor()).isEmpty();
            assertThat(stored.judgement().claimsAgainst()).isEmpty();
            assertThat(JudgementClaims.withLists(stored, code)).isEqualTo(state);
        }
    }

    @Test
    void listsThatPositionsCannotTellHaveNoCode() {
        List<ClaimSummary> claims = claims(5);
        assertThat(JudgementClaims.code(state(claims, List.of("c-03", "c-01"), List.of()))).as("unsorted").isNull();
        assertThat(JudgementClaims.code(state(claims, List.of("c-01", "c-01"), List.of()))).as("repeated").isNull();
        assertThat(JudgementClaims.code(state(claims, List.of("c-01"), List.of("c-01")))).as("both sides").isNull();
        assertThat(JudgementClaims.code(state(claims, List.of("c-01", "c-09"), List.of()))).as("not held").isNull();
        assertThat(JudgementClaims.code(state(claims, null, null))).as("no judgement").isNull();
        assertThat(JudgementClaims.code(state(claims, List.of("c-00", "c-04"), List.of("c-02"))))
                .isEqualTo("f-a-f");
    }

    @Test
    void aStateWithoutCodeReadsBackAsItIsAndAWrongLengthIsAnError() {
        EventState state = state(claims(3), List.of("c-02"), List.of());
        assertThat(JudgementClaims.withLists(state, null)).isSameAs(state);
        assertThatThrownBy(() -> JudgementClaims.withLists(state, "ff"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds 3 claims");
    }

    private static List<ClaimSummary> claims(int n) {
        TreeSet<String> ids = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("c-%02d", i));
        }
        return ids.stream().map(id -> ClaimSummary.of(ClaimBuilder.call(id).in("Daily").between("KAZ", "USA")
                .on("2025-12-23").build())).toList();
    }

    private static EventState state(List<ClaimSummary> claims, List<String> claimsFor, List<String> claimsAgainst) {
        Judgement judgement = claimsFor == null ? null
                : new Judgement(Verdict.REPORTED, null, null, claimsFor, claimsAgainst, List.of(WHY));
        return new EventState("ev-1", new ClusterKey(ClaimType.PHONE_CALL, List.of("KAZ", "USA"), null), "2025-12-23", null,
                null, claims, judgement, 1);
    }
}
