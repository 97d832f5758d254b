package dev.chancery.faults.reconcile;

import dev.chancery.faults.poison.DeadLetter;
import dev.chancery.faults.poison.Poison;
import dev.chancery.model.fact.Topics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.chancery.faults.reconcile.StageTest.counts;
import static dev.chancery.faults.reconcile.StageTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole run reconciled: each hop, the projections, the dead letters, and PASS only at 0/0/0. */
class ReconciliationTest {
    /** One poison record read by two groups, and its two dead letters: the run is clean with them. */
    private static final Map<String, Poison> POISON = Map.of("p-1",
            new Poison(Topics.CLAIMS, "invalid-payload", "{", Map.of(), 2, "is not a readable"));
    private static final DeadLetter LETTER = new DeadLetter(Topics.deadLetter(Topics.CLAIMS), "p-1",
            "record at chancery.claims.v1/0@7 is not a readable dev.chancery.ClaimExtracted.v1");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                              | rest | batch | facts       | extracted (v1 v2)          | claims | verified | verdicts | projected | live | rebuilt | lost | dup | diff | result
            "everything once                     | a b  | c     | a=1 b=1 c=1 | a@1=1 b@1=1 c@1=1          | x y    | x=1 y=1  | e f      | e=1 f=1   | q=1  | q=1     | 0    | 0   | 0    | PASS",
            "an accepted article without a fact  | a b  | c     | a=1 c=1     | a@1=1 c@1=1                | x      | x=1      | e        | e=1       | q=1  | q=1     | 1    | 0   | 0    | FAIL",
            "an article extracted twice          | a    | -     | a=1         | a@1=2                      | x      | x=1      | e        | e=1       | q=1  | q=1     | 0    | 1   | 0    | FAIL",
            "a fact never extracted              | a b  | -     | a=1 b=1     | a@1=1                      | x      | x=1      | e        | e=1       | q=1  | q=1     | 1    | 0   | 0    | FAIL",
            "two extractor versions, each once  | a    | -     | a=1         | a@1=1 a@2=1 b@2=0          | -      | -        | -        | -         | -    | -       | 0    | 0   | 0    | PASS",
            "a claim that never reached verif.   | a    | -     | a=1         | a@1=1                      | x y    | x=1      | e        | e=1       | q=1  | q=1     | 1    | 0   | 0    | FAIL",
            "a verdict applied twice             | a    | -     | a=1         | a@1=1                      | x      | x=1      | e        | e=2       | q=1  | q=1     | 0    | 1   | 0    | FAIL",
            "a verdict the query never saw       | a    | -     | a=1         | a@1=1                      | x      | x=1      | e f      | e=1       | q=1  | q=1     | 1    | 0   | 0    | FAIL",
            "the rebuild answers otherwise       | a    | -     | a=1         | a@1=1                      | x      | x=1      | e        | e=1       | q=1  | q=2     | 0    | 0   | 1    | FAIL",
            "a question only one side answers    | a    | -     | a=1         | a@1=1                      | x      | x=1      | e        | e=1       | q=1  | q=1 r=1 | 0    | 0   | 1    | FAIL",
            "no extraction at all                | a b  | -     | a=1 b=1     | -                          | -      | -        | -        | -         | -    | -       | 2    | 0   | 0    | FAIL",
            "the same article on two channels    | a    | a     | a=1         | a@1=1                      | -      | -        | -        | -         | -    | -       | 0    | 0   | 0    | PASS",
    })
    void reconciles(String name, String rest, String batch, String facts, String extracted, String claims,
            String verified, String verdicts, String projected, String live, String rebuilt, int lost, int dup,
            int diff, String result) {
        Map<String, Integer> extractions = counts(extracted);
        Set<String> versions = new java.util.TreeSet<>();
        extractions.keySet().forEach(k -> versions.add(k.substring(k.indexOf('@') + 1)));
        Observed seen = new Observed(counts(facts), extractions, versions, keys(claims), counts(verified),
                keys(verdicts), counts(projected), answers(live), answers(rebuilt),
                List.of(LETTER, LETTER));
        Reconciled r = Reconciliation.of(new Sent(Map.of("rest", keys(rest), "batch", keys(batch)), POISON), seen);
        assertThat(r.lost()).as("lost").isEqualTo(lost);
        assertThat(r.duplicated()).as("duplicated").isEqualTo(dup);
        assertThat(r.projectionDifferences()).as("differences").isEqualTo(diff);
        assertThat(r.result()).isEqualTo(result);
        assertThat(r.deadLettered()).isEqualTo(2);
    }

    private static Map<String, String> answers(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        counts(text).forEach((q, a) -> out.put(q, Integer.toString(a)));
        return out;
    }
}
