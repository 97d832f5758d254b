package dev.chancery.verification.domain;

import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import org.junit.jupiter.api.Test;

import static dev.chancery.verification.domain.ClaimBuilder.call;
import static dev.chancery.verification.domain.ClaimBuilder.denial;
import static org.assertj.core.api.Assertions.assertThat;

/** Verdicts of contact events (calls) from the scenarios in the brief. */
class EventVerdictTest {

    @Test
    void callAssertedByBothPressServicesIsConfirmed() {
        Verification v = new Verification().feed(
                call("akorda").between("KAZ", "USA").on("2025-12-23").by("KAZ", Channel.PRESS_SERVICE).build(),
                call("whitehouse").between("USA", "KAZ").on("2025-12-23").by("USA", Channel.PRESS_SERVICE).in("Other").build());

        EventState e = v.only();
        assertThat(e.judgement().verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(e.judgement().claimsFor()).containsExactly("akorda", "whitehouse");
        assertThat(e.judgement().rationale()).extracting(Rationale::rule).contains("official-participant-asserts");
        assertThat(v.published.get(0)).isInstanceOf(EventVerified.class);
    }

    @Test
    void callReportedThenDeniedByOneParticipantsMinistryIsRefuted() {
        Verification v = new Verification().feed(
                call("media").between("KAZ", "USA").on("2025-09-10").reportedBy(Channel.MEDIA_REPORT).in("Daily").build(),
                denial("mfa", ClaimType.PHONE_CALL).between("KAZ", "USA").on("2025-09-10")
                        .by("KAZ", Channel.FOREIGN_MINISTRY).in("Tengri").build());

        EventState e = v.only();
        assertThat(e.judgement().verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(e.judgement().claimsAgainst()).containsExactly("mfa");
        assertThat(e.judgement().rationale()).extracting(Rationale::rule).contains("participant-denies");
        VerdictRevised revised = (VerdictRevised) v.published.get(1);
        assertThat(revised.previous().verdict()).isEqualTo(Verdict.REPORTED);
        assertThat(revised.revision()).isEqualTo(2);
    }

    @Test
    void anUndatedEventIsDatedByTheWindowItsReportsImply() {
        Verification v = new Verification().feed(
                call("media").between("KAZ", "USA").reportedBy(Channel.MEDIA_REPORT).published("2025-09-08T10:00:00Z")
                        .build());

        var date = v.only().event().date();
        assertThat(date.precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(date.start()).isEqualTo(java.time.LocalDate.of(2025, 8, 8));
        assertThat(date.end()).isEqualTo(java.time.LocalDate.of(2025, 9, 8));
    }

    @Test
    void undatedDenialJoinsTheRecentCallItDenies() {
        Verification v = new Verification().feed(
                call("media").between("KAZ", "USA").on("2025-12-20").in("Daily").build(),
                denial("mfa", ClaimType.PHONE_CALL).between("KAZ", "USA").by("KAZ", Channel.FOREIGN_MINISTRY).build());

        assertThat(v.only().judgement().verdict()).isEqualTo(Verdict.REFUTED);
    }

    @Test
    void callOneLeaderAssertsAndTheOtherSidesMinistryDeniesIsDisputed() {
        Verification v = new Verification().feed(
                call("trump").between("USA", "KAZ").on("2025-09-10").by("USA", Channel.LEADER_STATEMENT).build(),
                denial("mfa", ClaimType.PHONE_CALL).between("KAZ", "USA").on("2025-09-10")
                        .by("KAZ", Channel.FOREIGN_MINISTRY).build());

        assertThat(v.only().judgement().verdict()).isEqualTo(Verdict.DISPUTED);
        assertThat(v.only().judgement().rationale()).extracting(Rationale::rule).contains("participants-contradict");
    }

    @Test
    void threeOutletsCarryingOneReutersStoryAreReported() {
        Verification v = new Verification().feed(
                call("r1").between("KAZ", "USA").on("2025-12-23").in("Reuters").build(),
                call("r2").between("KAZ", "USA").on("2025-12-23").in("Times").copyOf("Reuters").build(),
                call("r3").between("KAZ", "USA").on("2025-12-23").in("Herald").copyOf("Reuters").build());

        assertThat(v.only().judgement().verdict()).isEqualTo(Verdict.REPORTED);
        assertThat(v.only().judgement().rationale()).extracting(Rationale::rule)
                .contains("single-source", "wire-copies-count-once");
    }

    @Test
    void twoIndependentOutletsAreCorroborated() {
        Verification v = new Verification().feed(
                call("r1").between("KAZ", "USA").on("2025-12-23").in("Reuters").build(),
                call("ap").between("KAZ", "USA").on("2025-12-23").in("Herald").copyOf("AP").build());

        assertThat(v.only().judgement().verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(v.only().judgement().rationale()).extracting(Rationale::rule).contains("independent-outlets");
    }

    @Test
    void hedgedClaimDoesNotAssertSoNothingIsPublished() {
        Verification v = new Verification().feed(call("maybe").between("KAZ", "USA").on("2025-12-23")
                .modality(dev.chancery.model.claim.Modality.HEDGED).build());

        assertThat(v.only().judgement().verdict()).isNull();
        assertThat(v.only().revision()).isZero();
        assertThat(v.published).isEmpty();
    }

    @Test
    void duplicateClaimIsANoOp() {
        var c = call("c1").between("KAZ", "USA").on("2025-12-23").build();
        Verification v = new Verification().feed(c);
        assertThat(v.verifier.onClaim(c)).isEmpty();
    }
}
