package dev.chancery.bench.replay;

import dev.chancery.model.fact.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay's facts come in the pipeline's proportions, so the replay figure counts what a real run writes. */
class ReplayFactsTest {
    private static final List<String> BODIES = List.of("The two ministers met in the capital on Tuesday.",
            "A spokesman said the president had been invited to the summit in June.");

    @ParameterizedTest(name = "{0} facts: {1} articles, {2} on articles, {3} on claims, {4} on verdicts")
    @CsvSource({
            // per article: 1 ArticleIngested, 3 ClaimExtracted + 1 ArticleExtracted, 3 verdict facts
            "8, 1, 1, 4, 3",
            "80, 10, 10, 40, 30",
            // cut in the middle of an article: its first facts only
            "12, 2, 2, 7, 3",
            "1, 1, 1, 0, 0",
    })
    void proportions(long count, long articles, long onArticles, long onClaims, long onVerdicts) {
        Map<String, Long> perTopic = new TreeMap<>();
        long described = new ReplayFacts(BODIES, "t", 100).generate(count,
                f -> perTopic.merge(f.record().topic(), 1L, Long::sum));
        assertThat(described).isEqualTo(articles);
        assertThat(perTopic.getOrDefault(Topics.ARTICLES, 0L)).isEqualTo(onArticles);
        assertThat(perTopic.getOrDefault(Topics.CLAIMS, 0L)).isEqualTo(onClaims);
        assertThat(perTopic.getOrDefault(Topics.VERDICTS, 0L)).isEqualTo(onVerdicts);
    }

    @ParameterizedTest(name = "{0} event(s), {1} facts: verdict revisions {2}")
    @CsvSource({
            // one event: every claim joins it, so each verdict fact is its next revision
            "1, 16, 1 2 3 4 5 6",
            "1, 8, 1 2 3",
    })
    void revisionsFollowEachOther(int events, long count, String revisions) {
        List<Long> seen = new ArrayList<>();
        new ReplayFacts(BODIES, "t", events).generate(count, f -> {
            if (f.record().topic().equals(Topics.VERDICTS)) {
                seen.add(f.envelope().streamVersion());
            }
        });
        assertThat(seen).containsExactly(Arrays.stream(revisions.split(" ")).map(Long::valueOf)
                .toArray(Long[]::new));
    }
}
