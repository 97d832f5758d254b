package dev.chancery.embedded.launcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --replicas}: a count for every consuming service, or counts per service; ingestion never scales. */
class ReplicaCountsTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = ';', value = {
            "2; query=2 extraction=2 verification=2",
            " 1 ; query=1 extraction=1 verification=1",
            "extraction=2; extraction=2",
            "extraction=2,verification=3; extraction=2 verification=3",
            " verification = 2 , query=1 ; verification=2 query=1",
    })
    void readsACountOrCountsPerService(String given, String expected) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String pair : expected.split(" ")) {
            counts.put(pair.split("=")[0], Integer.parseInt(pair.split("=")[1]));
        }
        assertThat(ReplicaCounts.parse(given)).containsExactlyInAnyOrderEntriesOf(counts);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void nothingGivenRunsEachServiceOnce(String given) {
        assertThat(ReplicaCounts.parse(given)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"0", "4", "-1", "two", "ingestion=2", "extraction", "extraction=", "extraction=0",
            "extraction=9999999999", "extraction=2,,", "nosuch=2", "extraction=2=3"})
    void refusesWhatIsNotACountOfAScalableService(String given) {
        assertThatThrownBy(() -> ReplicaCounts.parse(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replica");
    }
}
