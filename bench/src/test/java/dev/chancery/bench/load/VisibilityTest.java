package dev.chancery.bench.load;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which posted articles an invitations response shows, and how long after their 201 (the freshness samples). */
class VisibilityTest {

    @ParameterizedTest(name = "pending {0}, response lists {1}: {2} seen, delays {3} ns, {4} still pending")
    @CsvSource(delimiter = '|', value = {
            "a1@100 a2@300 | a1          | 1 | 900       | 1",
            "a1@100 a2@300 | a2 a1       | 2 | 700 900   | 0",
            // an article listed twice, or in a later response, counts once
            "a1@100        | a1 a1       | 1 | 900       | 0",
            // ids that were never posted, or that merely start like one, are not seen
            "a1@100        | b7 a10      | 0 | -         | 1",
            "a1@100        | -           | 0 | -         | 1",
    })
    void scan(String pending, String listed, long seen, String delays, int stillPending) {
        Visibility v = new Visibility();
        List<Long> measured = new ArrayList<>();
        v.onVisible(measured::add, at -> { });
        for (String p : pending.split(" ")) {
            String[] idAt = p.split("@");
            v.register(idAt[0], Long.parseLong(idAt[1]), Set.of("g"));
        }
        v.scan(invitations(listed), 1000);
        assertThat(v.visibleCount()).isEqualTo(seen);
        assertThat(measured).containsExactlyElementsOf(delays.equals("-") ? List.of()
                : List.of(delays.split(" ")).stream().map(Long::valueOf).toList());
        assertThat(v.pendingCount()).isEqualTo(stillPending);
    }

    @ParameterizedTest(name = "accepted at {0}, expire before {1}: {2} dropped")
    @CsvSource({"100 200 300, 250, 2", "100 200 300, 100, 0", "100 200 300, 301, 3"})
    void expire(String acceptedAt, long before, int dropped) {
        Visibility v = new Visibility();
        int i = 0;
        for (String at : acceptedAt.split(" ")) {
            v.register("a" + i++, Long.parseLong(at), Set.of("g"));
        }
        assertThat(v.expire(before)).isEqualTo(dropped);
        assertThat(v.pendingCount()).isEqualTo(3 - dropped);
    }

    /** An invitations response shaped like the query service's, with these article ids among the sources. */
    private static byte[] invitations(String listed) {
        StringBuilder sources = new StringBuilder();
        if (!listed.equals("-")) {
            for (String id : listed.split(" ")) {
                sources.append(sources.isEmpty() ? "" : ",").append("{\"articleId\": \"").append(id)
                        .append("\",\"outlet\":\"Daily Ledger\"}");
            }
        }
        return ("{\"invitations\":[{\"inviter\":\"AAA\",\"sources\":[" + sources + "],\"sourceCount\":3}]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
