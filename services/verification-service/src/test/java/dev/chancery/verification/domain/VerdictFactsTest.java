package dev.chancery.verification.domain;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.model.verdict.ClaimMembership;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.VerdictRevised;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.chancery.verification.domain.ClaimBuilder.call;
import static dev.chancery.verification.domain.ClaimBuilder.denial;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict facts of a much-reported event: folding them gives every revision's judgement, and a revision's size
 * does not grow with the number of claims already behind the event (v1 repeated them all, twice, in every revision).
 */
class VerdictFactsTest {

    @Test
    void foldingThePublishedFactsGivesEveryRevisionsJudgement() {
        Verification v = new Verification();
        List<Judgement> judged = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            v.feed(call(String.format("r%03d", i)).between("KAZ", "USA").on("2025-12-23").in("Outlet " + (i % 7))
                    .build());
            if (i == 30) {
                v.feed(denial("deny", ClaimType.PHONE_CALL).between("KAZ", "USA").on("2025-12-23")
                        .by("KAZ", dev.chancery.model.claim.Channel.PRESS_SERVICE).build());
            }
            judged.add(v.only().judgement());
        }
        List<Judgement> folded = fold(v.published);
        assertThat(folded.get(folded.size() - 1)).isEqualTo(v.only().judgement());
        assertThat(folded).containsSubsequence(judged.get(10), judged.get(40), judged.get(59));
        assertThat(folded.get(folded.size() - 1).claimsAgainst()).containsExactly("deny");
    }

    @Test
    void aRevisionStaysSmallHoweverManyClaimsTheEventHas() {
        Verification v = new Verification();
        for (int i = 0; i < 400; i++) {
            v.feed(call(String.format("report-%04d", i)).between("KAZ", "USA").on("2025-12-23")
                    .in("Outlet " + i).build());
        }
        VerdictRevised last = (VerdictRevised) v.published.get(v.published.size() - 1);
        VerdictRevised early = (VerdictRevised) v.published.get(20);
        assertThat(last.claims().forAdded()).containsExactly("report-0399");
        assertThat(last.claims().forCount()).isEqualTo(400);
        int lastBytes = bytes(last);
        assertThat(lastBytes).as("bytes of revision %d", last.revision()).isLessThan(4_000);
        assertThat(lastBytes - bytes(early)).as("growth from revision 21 to %d", last.revision()).isLessThan(300);
    }

    private static List<Judgement> fold(List<FactPayload> published) {
        List<Judgement> out = new ArrayList<>();
        ClaimMembership claims = ClaimMembership.NONE;
        for (FactPayload p : published) {
            Judgement j = p instanceof EventVerified verified ? verified.judgement()
                    : ((VerdictRevised) p).judgementAfter(claims);
            claims = ClaimMembership.of(j);
            out.add(j);
        }
        return out;
    }

    private static int bytes(FactPayload payload) {
        try {
            return ChanceryJson.mapper().writeValueAsBytes(payload).length;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
