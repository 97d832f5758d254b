package dev.chancery.verification.domain;

import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.verdict.ClaimMembership;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven: the state of an event before a run (none, or claims and published revision), its final state (claims,
 * and the revision its intermediate judgements counted), and the one fact the run publishes with the revision kept.
 */
class RunPublicationTableTest {
    static final ClusterKey KEY = new ClusterKey(ClaimType.PHONE_CALL, List.of("KAZ", "USA"), null);
    static final String REPORT = "report";
    static final String SAME_OUTLET = "report from the same outlet";
    static final String SECOND = "report from another outlet";
    static final String DENIAL = "denial";
    static final String HEDGED = "hedged report";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("new event with a verdict", null, state(3, REPORT, DENIAL), "EventVerified", 1, null,
                        Verdict.REFUTED),
                row("new event without a verdict", null, state(0, HEDGED), null, 0, null, null),
                row("new event that had a verdict and lost it", null, state(2, HEDGED), null, 0, null, null),
                row("unpublished event gets a verdict", state(0, HEDGED), state(1, HEDGED, REPORT), "EventVerified",
                        1, null, Verdict.REPORTED),
                row("unpublished event stays without one", state(0, HEDGED), state(0, HEDGED), null, 0, null, null),
                row("published verdict changes", state(1, REPORT), state(4, REPORT, SECOND, DENIAL), "VerdictRevised",
                        2, Verdict.REPORTED, Verdict.REFUTED),
                row("same verdict, claim lists change", state(3, REPORT), state(4, REPORT, SAME_OUTLET),
                        "VerdictRevised", 4, Verdict.REPORTED, Verdict.REPORTED),
                row("flipped and flipped back", state(3, REPORT), state(5, REPORT), null, 3, null, null),
                row("published event loses its verdict", state(2, REPORT), state(3, HEDGED), "VerdictRevised", 3,
                        Verdict.REPORTED, null),
                row("published event loses every claim", state(1, REPORT), state(2), "VerdictRevised", 2,
                        Verdict.REPORTED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void onePublicationPerRun(String name, EventState before, EventState after, String factType, int revision,
                              Verdict previous, Verdict verdict) {
        Outcome outcome = RunPublication.of(before, after, "trigger");

        assertThat(outcome.state()).isEqualTo(after.withRevision(revision));
        assertThat(outcome.publication().map(p -> p.getClass().getSimpleName()).orElse(null)).isEqualTo(factType);
        outcome.publication().ifPresent(p -> {
            if (p instanceof EventVerified verified) {
                assertThat(verified).isEqualTo(new EventVerified("e1", after.event(), after.judgement(), "trigger"));
                assertThat(verified.judgement().verdict()).isEqualTo(verdict);
            } else {
                VerdictRevised revised = (VerdictRevised) p;
                assertThat(revised.revision()).isEqualTo(revision);
                assertThat(revised.previous().verdict()).isEqualTo(previous);
                assertThat(revised.standing().verdict()).isEqualTo(verdict);
                assertThat(revised.judgementAfter(ClaimMembership.of(before.judgement())))
                        .isEqualTo(after.judgement());
                assertThat(revised.triggerClaimId()).isEqualTo("trigger");
            }
        });
    }

    static Arguments row(String name, EventState before, EventState after, String factType, int revision,
                         Verdict previous, Verdict verdict) {
        return Arguments.of(name, before, after, factType, revision, previous, verdict);
    }

    /** The event of these claims about one call, as if {@code revision} judgements had been published. */
    static EventState state(int revision, String... claims) {
        List<ClaimSummary> summaries = Arrays.stream(claims)
                .map(c -> ClaimSummary.of(claim(c).between("KAZ", "USA").on("2025-12-23").build())).toList();
        return Revisions.next(null, "e1", KEY, "2025-12-23", summaries, null).state().withRevision(revision);
    }

    private static ClaimBuilder claim(String name) {
        return switch (name) {
            case REPORT -> ClaimBuilder.call("r1").in("Reuters");
            case SAME_OUTLET -> ClaimBuilder.call("r3").in("Reuters");
            case SECOND -> ClaimBuilder.call("r2").in("AP");
            case DENIAL -> ClaimBuilder.denial("d1", ClaimType.PHONE_CALL).by("KAZ", Channel.FOREIGN_MINISTRY);
            case HEDGED -> ClaimBuilder.call("h1").in("Gossip").modality(Modality.HYPOTHETICAL);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
