package dev.chancery.verification.domain;

import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.verdict.Judgement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.chancery.verification.domain.ClaimBuilder.call;
import static dev.chancery.verification.domain.ClaimBuilder.claim;
import static dev.chancery.verification.domain.ClaimBuilder.denial;
import static org.assertj.core.api.Assertions.assertThat;

/** The final judgement of every event depends only on the set of claims, not on their order or repetition. */
class OrderIndependenceProperties {
    static final String G20 = "gathering:g20-2026";

    /** Several events: two calls in one month, a month-precision and an undated claim between them, invitations. */
    static List<ClaimExtracted> claims() {
        return List.of(
                call("a1").between("KAZ", "USA").on("2025-12-03").in("Reuters").published("2025-12-04T00:00:00Z").build(),
                call("a2").between("USA", "KAZ").on("2025-12-03").by("KAZ", Channel.PRESS_SERVICE).build(),
                call("b1").between("KAZ", "USA").on("2025-12-23").in("AP").build(),
                call("b2").between("KAZ", "USA").on("2025-12-23").in("Times").copyOf("AP").build(),
                denial("b3", ClaimType.PHONE_CALL).between("KAZ", "USA").on("2025-12-23").by("USA", Channel.SPOKESPERSON).build(),
                call("m1").between("KAZ", "USA").inMonth("2025-12").in("Herald").published("2025-12-28T00:00:00Z").build(),
                call("u1").between("KAZ", "USA").in("Daily").published("2025-12-10T00:00:00Z").build(),
                call("x1").between("KAZ", "USA").inMonth("2024-03").in("Herald").published("2024-03-28T00:00:00Z").build(),
                call("h1").between("KAZ", "USA").on("2025-12-03").modality(Modality.HEDGED).build(),
                call("c1").between("RUS", "USA").on("2025-12-03").in("TASS").build(),
                claim("i1", ClaimType.INVITATION).inviter("USA").invitee("KAZ").to(G20).by("USA", Channel.PRESS_SERVICE).build(),
                claim("i2", ClaimType.INVITATION_ACCEPTED).inviter("USA").invitee("KAZ").to(G20).by("USA", Channel.LEADER_STATEMENT).build(),
                claim("i3", ClaimType.INVITATION_CONSIDERED).invitee("KAZ").to(G20).by("KAZ", Channel.FOREIGN_MINISTRY).build(),
                claim("i4", ClaimType.INVITATION_WITHDRAWN).inviter("USA").invitee("ZAF").to(G20).in("Reuters").build(),
                claim("i5", ClaimType.INVITATION).inviter("USA").invitee("ZAF").to(G20).in("AP").build(),
                claim("i6", ClaimType.INVITATION).inviter("USA").invitee("ZAF").invitee("KAZ").to(G20).in("Bloomberg").build());
    }

    static Map<String, Judgement> judge(List<ClaimExtracted> stream) {
        Verification v = new Verification();
        stream.forEach(v::feed);
        return v.judgements();
    }

    @Property(tries = 200)
    void shufflesAndDuplicatesGiveTheSameJudgements(@ForAll("deliveries") List<ClaimExtracted> delivery) {
        assertThat(judge(delivery)).isEqualTo(judge(claims()));
    }

    @Provide
    Arbitrary<List<ClaimExtracted>> deliveries() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            List<ClaimExtracted> delivery = new ArrayList<>(claims());
            int duplicates = random.nextInt(8);
            for (int i = 0; i < duplicates; i++) {
                delivery.add(delivery.get(random.nextInt(delivery.size())));
            }
            Collections.shuffle(delivery, random);
            return delivery;
        });
    }
}
