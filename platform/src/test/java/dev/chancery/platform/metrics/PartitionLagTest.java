package dev.chancery.platform.metrics;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A partition's end and the group's committed offset in, the lag out. */
class PartitionLagTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "120, 100, 20",
            "120, 120, 0",
            "120, null, 120",
            "0, null, 0",
            "100, 105, 0"})
    void lagIsWhatTheGroupHasNotCommitted(long end, Long committed, long lag) {
        TopicPartition tp = new TopicPartition("chancery.claims.v1", 3);
        Map<TopicPartition, Long> commits = committed == null ? Map.of() : Map.of(tp, committed);
        assertThat(PartitionLag.of("verification", Map.of(tp, end), commits))
                .containsExactly(new PartitionLag("verification", "chancery.claims.v1", 3, lag));
    }

    @ParameterizedTest
    @CsvSource({
            "java.lang.IllegalStateException, java.lang.IllegalStateException, IllegalStateException",
            "java.util.concurrent.CompletionException, dev.chancery.platform.kafka.UndecodableFactException, UndecodableFactException",
            "java.lang.RuntimeException, java.lang.IllegalArgumentException, RuntimeException"})
    void aDeadLetterReasonIsTheFailuresKind(String outer, String inner, String reason) throws Exception {
        Throwable cause = (Throwable) Class.forName(inner).getConstructor(String.class).newInstance("why");
        Throwable failure = (Throwable) Class.forName(outer).getConstructor(String.class, Throwable.class)
                .newInstance("wrapped", cause);
        assertThat(DeadLetterMeter.reasonOf(failure)).isEqualTo(reason);
    }
}
