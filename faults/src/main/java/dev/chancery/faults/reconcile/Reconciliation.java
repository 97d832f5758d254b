package dev.chancery.faults.reconcile;

import dev.chancery.faults.poison.DeadLetter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes the fault suite's verdict from what was sent and what was read back: pure, no I/O. */
public final class Reconciliation {
    /** The version expected when no extractor version was seen at all. */
    static final String NO_VERSION = "(no extractor ran)";
    private Reconciliation() {
    }

    /**
     * Every hop reconciled, projections compared, dead letters counted and matched to the poison; PASS only at 0
     * lost, 0 doubled, 0 differences and every dead letter one the poison was to cause.
     */
    public static Reconciled of(Sent sent, Observed seen) {
        List<Stage> stages = List.of(
                Stage.of("accepted articles -> ArticleIngested facts", sent.articleIds(), seen.articleFacts()),
                Stage.of("article facts -> ArticleExtracted per extractor version", expectedExtractions(seen),
                        seen.extractions()),
                Stage.of("ClaimExtracted -> verification", seen.claimsExtracted(), seen.claimsVerified()),
                Stage.of("verdicts -> query projections", seen.verdictsPublished(), seen.verdictsProjected()));
        List<String> differences = differences(seen.liveAnswers(), seen.rebuiltAnswers());
        PoisonAccount poison = PoisonAccount.of(sent.poison(), seen.deadLetters());
        boolean pass = stages.stream().allMatch(Stage::clean) && differences.isEmpty() && poison.allAccounted();
        return new Reconciled(sent.countsByChannel(), stages, seen.liveAnswers().size(), differences.size(),
                differences.stream().limit(Stage.SAMPLE).toList(), byReason(seen.deadLetters()),
                seen.deadLetters().size(), poison, pass ? "PASS" : "FAIL");
    }

    /**
     * Each article that became a fact, once per extractor version; with no version seen at all (extraction never
     * ran), once under {@link #NO_VERSION}, so that every article counts as lost instead of nothing being expected.
     */
    static Set<String> expectedExtractions(Observed seen) {
        Set<String> versions = seen.extractorVersions().isEmpty() ? Set.of(NO_VERSION) : seen.extractorVersions();
        Set<String> expected = new TreeSet<>();
        seen.articleFacts().forEach((article, n) -> {
            if (n > 0) {
                versions.forEach(v -> expected.add(Observed.extractionKey(article, v)));
            }
        });
        return expected;
    }

    /** The questions answered differently (or only on one side) by the live and the rebuilt projections. */
    static List<String> differences(Map<String, String> live, Map<String, String> rebuilt) {
        Set<String> questions = new TreeSet<>(live.keySet());
        questions.addAll(rebuilt.keySet());
        List<String> out = new ArrayList<>();
        for (String q : questions) {
            if (!Objects.equals(live.get(q), rebuilt.get(q))) {
                out.add(q);
            }
        }
        return out;
    }

    /** The dead letters per "topic: dead-letter-reason", a long reason cut so that reasons quoting records group. */
    static Map<String, Long> byReason(List<DeadLetter> letters) {
        Map<String, Long> out = new TreeMap<>();
        for (DeadLetter l : letters) {
            String reason = l.reason() == null ? "(no reason)" : l.reason();
            out.merge(l.topic() + ": " + (reason.length() > 160 ? reason.substring(0, 160) + "..." : reason), 1L,
                    Long::sum);
        }
        return out;
    }
}
