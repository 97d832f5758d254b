package dev.chancery.verification.domain;

import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Table-driven: each row is a set of claims about one call, the verdict, and the rule named for it. */
class VerdictRuleTableTest {
    static final Set<String> PARTIES = Set.of("KAZ", "USA");

    static ClaimSummary s(ClaimBuilder b) {
        return ClaimSummary.of(b.between("KAZ", "USA").on("2025-12-23").build());
    }

    static ClaimBuilder outlet(String id, String outlet) {
        return ClaimBuilder.call(id).in(outlet);
    }

    static ClaimBuilder official(String id, String country, Channel channel) {
        return ClaimBuilder.call(id).by(country, channel);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row(Verdict.CONFIRMED, "official-participant-asserts", official("1", "KAZ", Channel.PRESS_SERVICE)),
                row(Verdict.CONFIRMED, "official-participant-asserts", official("1", "USA", Channel.SOCIAL_MEDIA_POST)),
                row(Verdict.REPORTED, "single-source", official("1", "RUS", Channel.FOREIGN_MINISTRY)),
                row(Verdict.REPORTED, "single-source", outlet("1", "Reuters")),
                row(Verdict.REPORTED, "single-source", outlet("1", "Reuters"), outlet("2", "Reuters")),
                row(Verdict.REPORTED, "single-source", outlet("1", "Reuters"), outlet("2", "Times").copyOf("Reuters")),
                row(Verdict.CORROBORATED, "independent-outlets", outlet("1", "Reuters"), outlet("2", "AP")),
                row(Verdict.REPORTED, "single-source", outlet("1", "Reuters"), outlet("2", "AP").modality(Modality.HEDGED)),
                row(Verdict.CORROBORATED, "independent-outlets", outlet("1", "Reuters"), outlet("2", "AP").modality(Modality.PLANNED)),
                row(Verdict.DISPUTED, "claims-contradict", outlet("1", "Reuters"), outlet("2", "AP").modality(Modality.NEGATED)),
                row(Verdict.REFUTED, "participant-denies", outlet("1", "Reuters"),
                        ClaimBuilder.denial("2", ClaimType.PHONE_CALL).by("KAZ", Channel.FOREIGN_MINISTRY)),
                row(Verdict.REFUTED, "participant-denies", official("1", "USA", Channel.SPOKESPERSON).modality(Modality.NEGATED)),
                row(Verdict.DISPUTED, "participants-contradict", official("1", "USA", Channel.LEADER_STATEMENT),
                        ClaimBuilder.denial("2", ClaimType.PHONE_CALL).by("KAZ", Channel.FOREIGN_MINISTRY)),
                row(Verdict.CONFIRMED, "official-participant-asserts", official("1", "KAZ", Channel.PRESS_SERVICE),
                        ClaimBuilder.denial("2", ClaimType.PHONE_CALL).in("Gossip")),
                row(null, "nothing-asserts", outlet("1", "Reuters").modality(Modality.HYPOTHETICAL)));
    }

    static Arguments row(Verdict verdict, String rule, ClaimBuilder... claims) {
        return Arguments.of(verdict, rule, Arrays.stream(claims).map(VerdictRuleTableTest::s).toList());
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("rows")
    void verdictRuleTable(Verdict verdict, String rule, List<ClaimSummary> claims) {
        ClusterKey key = new ClusterKey(ClaimType.PHONE_CALL, List.of("KAZ", "USA"), null);
        var judgement = EventJudge.judge(key, claims);
        assertThat(judgement.verdict()).isEqualTo(verdict);
        assertThat(judgement.rationale().get(0).rule()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0} reads as {2}")
    @MethodSource("readings")
    void readingRuleTable(Modality modality, ClaimType type, Stance stance, String rule) {
        ClaimBuilder b = type == ClaimType.DENIAL ? ClaimBuilder.denial("1", ClaimType.PHONE_CALL) : ClaimBuilder.call("1");
        ClaimReading r = ClaimReading.of(s(b.modality(modality)), PARTIES);
        assertThat(r.stance()).isEqualTo(stance);
        assertThat(r.rule()).isEqualTo(rule);
    }

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of(Modality.ASSERTED, ClaimType.PHONE_CALL, Stance.ASSERTS, "asserted"),
                Arguments.of(Modality.PLANNED, ClaimType.PHONE_CALL, Stance.ASSERTS, "planned-counts-as-asserted"),
                Arguments.of(Modality.HEDGED, ClaimType.PHONE_CALL, Stance.SILENT, "hedged-does-not-assert"),
                Arguments.of(Modality.HYPOTHETICAL, ClaimType.PHONE_CALL, Stance.SILENT, "hedged-does-not-assert"),
                Arguments.of(Modality.NEGATED, ClaimType.PHONE_CALL, Stance.CONTRADICTS, "negated-counts-against"),
                Arguments.of(Modality.ASSERTED, ClaimType.DENIAL, Stance.CONTRADICTS, "denial-counts-against"),
                Arguments.of(Modality.HEDGED, ClaimType.DENIAL, Stance.SILENT, "hedged-does-not-assert"));
    }
}
