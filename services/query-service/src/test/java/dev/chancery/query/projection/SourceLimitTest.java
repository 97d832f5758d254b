package dev.chancery.query.projection;

import dev.chancery.query.projection.Views.SourceView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The newest sources are taken from the oldest-first list without sorting it, exactly as a sort would give them. */
class SourceLimitTest {
    private static final Comparator<SourceView> NEWEST_FIRST = Comparator.comparing(SourceView::publishedAt,
            Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(SourceView::claimId);
    private static final Comparator<SourceView> OLDEST_FIRST = Comparator.comparing(SourceView::publishedAt,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(SourceView::claimId);

    @Test
    void theNewestAreWhatSortingNewestFirstGivesForAnyTimesTiesAndUndatedSources() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<SourceView> sources = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                // few distinct times, so that many sources share one; some undated
                Instant at = random.nextInt(6) == 0 ? null : Instant.parse("2026-03-01T00:00:00Z")
                        .plusSeconds(3600L * random.nextInt(5));
                sources.add(source("c-" + random.nextInt(1000) + "-" + i, at));
            }
            List<SourceView> oldestFirst = new ArrayList<>(sources);
            oldestFirst.sort(OLDEST_FIRST);
            assertThat(Provenance.isOldestFirst(oldestFirst)).isTrue();
            int max = random.nextInt(12);

            List<SourceView> expected = new ArrayList<>(sources);
            expected.sort(NEWEST_FIRST);
            assertThat(SourceLimit.newest(oldestFirst, max))
                    .isEqualTo(expected.subList(0, Math.min(max, expected.size())));
        }
    }

    @Test
    void sourcesInAnotherOrderAreSorted() {
        Instant early = Instant.parse("2026-03-01T00:00:00Z");
        List<SourceView> shuffled = new ArrayList<>(List.of(source("c-1", early), source("c-2", null),
                source("c-3", early.plusSeconds(60)), source("c-4", early.plusSeconds(60))));
        Collections.reverse(shuffled);
        assertThat(SourceLimit.newest(shuffled, 3)).extracting(SourceView::claimId)
                .containsExactly("c-3", "c-4", "c-1");
    }

    private static SourceView source(String claimId, Instant publishedAt) {
        return new SourceView(claimId, "a-" + claimId, "Outlet", null, publishedAt, "A quote.", Provenance.FOR);
    }
}
