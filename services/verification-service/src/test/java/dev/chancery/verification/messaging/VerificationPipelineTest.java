package dev.chancery.verification.messaging;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.testsupport.TopicProbe;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.verification.domain.ClaimBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims published on the real broker come back as verdict facts, revised as new claims arrive. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class VerificationPipelineTest {
    private final TopicProbe topics = TestInfrastructure.get().topics();

    @Test
    void aReportedCallIsRevisedToRefutedWhenAParticipantDeniesIt() {
        String pair = pairOfStates();
        String[] states = pair.split(",");
        ClaimExtracted report = ClaimBuilder.call("r-" + UUID.randomUUID()).between(states).inMonth("2025-09")
                .reportedBy(Channel.MEDIA_REPORT).published("2025-09-08T10:00:00Z").build();
        publish(report);
        EventVerified first = verdicts(states, 1).get(0).payload() instanceof EventVerified v ? v : null;
        assertThat(first).isNotNull();
        assertThat(first.judgement().verdict()).isEqualTo(Verdict.REPORTED);

        ClaimExtracted denial = ClaimBuilder.denial("d-" + UUID.randomUUID(), ClaimType.PHONE_CALL).between(states)
                .by(states[0], Channel.FOREIGN_MINISTRY).published("2025-09-08T11:00:00Z").build();
        publish(denial);
        publish(denial); // redelivered: must change nothing
        List<FactEnvelope<FactPayload>> facts = verdicts(states, 3);
        assertThat(facts).hasSize(2);
        VerdictRevised revised = (VerdictRevised) facts.get(1).payload();
        assertThat(revised.standing().verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(revised.previous().verdict()).isEqualTo(Verdict.REPORTED);
        assertThat(revised.claims().againstAdded()).containsExactly(denial.claimId());
        assertThat(revised.claims().forAdded()).isEmpty();
        assertThat(revised.rationale()).anyMatch(r -> r.rule().equals("participant-denies"));
        assertThat(facts.get(1).streamVersion()).isEqualTo(2);
    }

    @Test
    void aRecordThatIsNotAFactGoesToTheDeadLetterTopicWithTheReason() {
        String key = "garbage-" + UUID.randomUUID();
        topics.send(Topics.CLAIMS, key, "{\"not\":\"a fact\"}");
        var dead = topics.read(Topics.deadLetter(Topics.CLAIMS), r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("ce_type");
    }

    private void publish(ClaimExtracted claim) {
        var fact = FactEnvelope.of(UUID.nameUUIDFromBytes(claim.claimId().getBytes()), claim,
                UUID.randomUUID(), null, null, claim.source().publishedAt())
                .stored(1, 1, Instant.now()).producedBy("extraction-test/0");
        topics.send(FactRecordCodec.encode(fact, Topics.CLAIMS, claim.articleId()));
    }

    private List<FactEnvelope<FactPayload>> verdicts(String[] states, int atMost) {
        String participants = String.join(",", states);
        return topics.read(Topics.VERDICTS, r -> {
                    var fact = FactRecordCodec.decode(r);
                    var event = fact.payload() instanceof EventVerified v ? v.event() : ((VerdictRevised) fact.payload()).event();
                    return String.join(",", event.actors().stream().map(a -> a.id()).sorted().toList()).equals(participants);
                }, atMost, Duration.ofSeconds(atMost == 1 ? 30 : 8)).stream()
                .map(FactRecordCodec::decode).toList();
    }

    /** Two made-up state codes unique to this run, so reruns against a reused broker do not collide. */
    private static String pairOfStates() {
        String a = "Q" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 46656, 36).toUpperCase();
        String b = "Z" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 46656, 36).toUpperCase();
        return a.compareTo(b) < 0 ? a + "," + b : b + "," + a;
    }
}
