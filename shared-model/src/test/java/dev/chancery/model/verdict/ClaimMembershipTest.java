package dev.chancery.model.verdict;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding the changes of each revision gives back each revision's claims; a fact's size follows the change. */
class ClaimMembershipTest {

    @Test
    void changesNameOnlyWhatJoinedOrLeftEachSide() {
        ClaimMembership before = new ClaimMembership(List.of("c1", "c2", "c3"), List.of("c9"));
        ClaimMembership after = new ClaimMembership(List.of("c1", "c3", "c4"), List.of("c2"));
        ClaimChanges changes = before.changesTo(after);
        assertThat(changes.forAdded()).containsExactly("c4");
        assertThat(changes.forRemoved()).containsExactly("c2");
        assertThat(changes.againstAdded()).containsExactly("c2");
        assertThat(changes.againstRemoved()).containsExactly("c9");
        assertThat(changes.forCount()).isEqualTo(3);
        assertThat(changes.againstCount()).isEqualTo(1);
        assertThat(before.then(changes)).isEqualTo(after);
        assertThat(after.changesTo(after).isEmpty()).isTrue();
    }

    @Test
    void foldingRandomRevisionsGivesEachRevisionsClaims() {
        Random random = new Random(7);
        ClaimMembership truth = ClaimMembership.NONE;
        ClaimMembership folded = ClaimMembership.NONE;
        for (int revision = 0; revision < 300; revision++) {
            TreeSet<String> pro = new TreeSet<>(truth.claimsFor());
            TreeSet<String> contra = new TreeSet<>(truth.claimsAgainst());
            String id = "c" + random.nextInt(60);
            switch (random.nextInt(4)) {
                case 0 -> { pro.add(id); contra.remove(id); }
                case 1 -> { contra.add(id); pro.remove(id); }
                case 2 -> pro.remove(id);
                default -> contra.remove(id);
            }
            ClaimMembership next = new ClaimMembership(new ArrayList<>(pro), new ArrayList<>(contra));
            ClaimChanges changes = truth.changesTo(next);
            assertThat(changes.forAdded().size() + changes.forRemoved().size() + changes.againstAdded().size()
                    + changes.againstRemoved().size()).isLessThanOrEqualTo(2);
            folded = folded.then(changes);
            assertThat(folded).isEqualTo(next);
            assertThat(changes.forCount()).isEqualTo(next.claimsFor().size());
            truth = next;
        }
    }

    @Test
    void idsInAnyOrderAreKeptSortedAndDistinctAndChangesAreTheSetDifferences() {
        assertThat(new ClaimMembership(List.of("c3", "c1", "c3", "c2"), List.of()).claimsFor())
                .containsExactly("c1", "c2", "c3");
        assertThat(new ClaimMembership(List.of("c1", "c1"), null).claimsFor()).containsExactly("c1");
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<String> a = new ArrayList<>(), b = new ArrayList<>();
            for (int i = 0; i < random.nextInt(40); i++) {
                a.add("c" + random.nextInt(50));
            }
            for (int i = 0; i < random.nextInt(40); i++) {
                b.add("c" + random.nextInt(50));
            }
            TreeSet<String> onlyA = new TreeSet<>(a), onlyB = new TreeSet<>(b);
            onlyA.removeAll(new TreeSet<>(b));
            onlyB.removeAll(new TreeSet<>(a));
            ClaimChanges changes = new ClaimMembership(a, b).changesTo(new ClaimMembership(b, a));
            assertThat(changes.forAdded()).containsExactlyElementsOf(onlyB);
            assertThat(changes.forRemoved()).containsExactlyElementsOf(onlyA);
            assertThat(changes.againstAdded()).containsExactlyElementsOf(onlyA);
            assertThat(changes.againstRemoved()).containsExactlyElementsOf(onlyB);
        }
    }

    @Test
    void aRevisionRebuildsTheJudgementFromThePreviousClaims() {
        Judgement before = new Judgement(Verdict.REPORTED, null, null, List.of("c1"), List.of(), List.of());
        Judgement after = new Judgement(Verdict.DISPUTED, null, null, List.of("c1"), List.of("c2"),
                List.of(Rationale.naming("claims-contradict", "reports contradict", List.of("c2", "c1"))));
        VerdictRevised revised = VerdictRevised.between("e1", 2, null, before, after, "c2");
        assertThat(revised.previous().verdict()).isEqualTo(Verdict.REPORTED);
        assertThat(revised.standing().verdict()).isEqualTo(Verdict.DISPUTED);
        assertThat(revised.judgementAfter(ClaimMembership.of(before))).isEqualTo(after);
    }

    @Test
    void aRationaleNamesAtMostTwentyClaimsAndCountsThemAll() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            ids.add(String.format("c%02d", 44 - i));
        }
        Rationale r = Rationale.naming("independent-outlets", "45 reports", ids);
        assertThat(r.claims()).hasSize(Rationale.MAX_NAMED).startsWith("c00").endsWith("c19");
        assertThat(r.claimCount()).isEqualTo(45);
        assertThat(Rationale.naming("single-source", "one", List.of("b", "a")).claims()).containsExactly("a", "b");
    }
}
