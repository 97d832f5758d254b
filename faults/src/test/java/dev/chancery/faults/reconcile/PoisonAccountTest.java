package dev.chancery.faults.reconcile;

import dev.chancery.faults.poison.DeadLetter;
import dev.chancery.faults.poison.Poison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Poison accounted for in the dead-letter topics: once per reading group, right topic, right reason, nothing else. */
class PoisonAccountTest {
    // a record on the claims topic, read by verification and the query (2 groups); one on verdicts (the query only)
    private static final Map<String, Poison> INJECTED = Map.of(
            "c", new Poison("chancery.claims.v1", "not-a-fact", "x", Map.of(), 2, "ce_type is missing"),
            "v", new Poison("chancery.verdicts.v2", "unknown-type", "{}", Map.of(), 1, "unknown fact type"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                               | letters (topic-suffix:key:reason-word ...)            | expected | accounted | missing | wrong | unexplained | all
            "every letter where it belongs         | c:c:ce_type c:c:ce_type v:v:unknown                    | 3 | 3 | 0 | 0 | 0 | true",
            "one group never dead-lettered it      | c:c:ce_type v:v:unknown                                | 3 | 2 | 1 | 0 | 0 | false",
            "dead-lettered twice by a group        | c:c:ce_type c:c:ce_type c:c:ce_type v:v:unknown        | 3 | 3 | 0 | 1 | 0 | false",
            "a reason that does not name it        | c:c:ce_type c:c:boom v:v:unknown                       | 3 | 2 | 1 | 1 | 0 | false",
            "in another topic's dead letters       | c:c:ce_type v:c:ce_type v:v:unknown                    | 3 | 2 | 1 | 1 | 0 | false",
            "a good record dead-lettered           | c:c:ce_type c:c:ce_type v:v:unknown c:good:Pool        | 3 | 3 | 0 | 0 | 1 | false",
            "nothing dead-lettered at all          | -                                                      | 3 | 0 | 3 | 0 | 0 | false",
    })
    void accounts(String name, String letters, long expected, long accounted, long missing, long wrong,
            long unexplained, boolean all) {
        PoisonAccount account = PoisonAccount.of(INJECTED, letters(letters));
        assertThat(account.injected()).isEqualTo(2);
        assertThat(account.expected()).as("expected").isEqualTo(expected);
        assertThat(account.accounted()).as("accounted").isEqualTo(accounted);
        assertThat(account.missing()).as("missing").isEqualTo(missing);
        assertThat(account.wrongReason()).as("wrong").isEqualTo(wrong);
        assertThat(account.unexplained()).as("unexplained").isEqualTo(unexplained);
        assertThat(account.allAccounted()).isEqualTo(all);
    }

    private static List<DeadLetter> letters(String text) {
        List<DeadLetter> out = new ArrayList<>();
        if (!text.equals("-")) {
            for (String letter : text.trim().split("\\s+")) {
                String[] p = letter.split(":");
                String topic = p[0].equals("c") ? "chancery.claims.v1.dlq" : "chancery.verdicts.v2.dlq";
                String reason = switch (p[2]) {
                    case "ce_type" -> "header ce_type is missing";
                    case "unknown" -> "unknown fact type dev.chancery.NoSuchFact.v1";
                    default -> p[2];
                };
                out.add(new DeadLetter(topic, p[1], reason));
            }
        }
        return out;
    }
}
