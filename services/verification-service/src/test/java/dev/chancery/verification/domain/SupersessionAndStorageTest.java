package dev.chancery.verification.domain;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chancery.verification.domain.ClaimBuilder.call;
import static org.assertj.core.api.Assertions.assertThat;

/** Superseded extractor versions stop counting; event states survive a JSON round trip. */
class SupersessionAndStorageTest {

    @Test
    void supersededClaimsStopCounting() {
        Verification v = new Verification().feed(
                call("old").between("KAZ", "USA").on("2025-12-23").by("KAZ", Channel.PRESS_SERVICE).article("a1", "rules-1").build(),
                call("other").between("KAZ", "USA").on("2025-12-23").in("AP").build());
        assertThat(v.only().judgement().verdict()).isEqualTo(Verdict.CONFIRMED);

        var outcomes = v.verifier.onArticleExtracted(new ArticleExtracted("a1", "rules-2", 1, List.of("new"), "rules-1"));
        v.store.store(outcomes);

        assertThat(v.only().claims()).extracting(ClaimSummary::claimId).containsExactly("other");
        assertThat(v.only().judgement().verdict()).isEqualTo(Verdict.REPORTED);
        assertThat(outcomes.get(0).payload()).isInstanceOf(VerdictRevised.class);
    }

    @Test
    void firstExtractionSupersedesNothing() {
        Verification v = new Verification().feed(call("c").between("KAZ", "USA").on("2025-12-23").article("a1", "rules-1").build());
        assertThat(v.verifier.onArticleExtracted(new ArticleExtracted("a1", "rules-1", 1, List.of("c"), null))).isEmpty();
    }

    @Test
    void eventStateRoundTripsThroughJson() throws Exception {
        Verification v = new Verification().feed(
                call("c").between("KAZ", "USA").on("2025-12-23").by("KAZ", Channel.PRESS_SERVICE).build(),
                ClaimBuilder.claim("i", dev.chancery.model.claim.ClaimType.INVITATION).inviter("USA").invitee("KAZ")
                        .to("gathering:g20-2026").in("AP").build());
        var mapper = ChanceryJson.mapper();
        for (EventState state : v.live()) {
            String json = mapper.writeValueAsString(state);
            assertThat(mapper.readValue(json, EventState.class)).isEqualTo(state);
        }
    }
}
