package dev.chancery.bench.load;

import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.zip.DataFormatException;

/**
 * What one open-loop load measured, as it travels from the load generator JVM to the bench JVM: the
 * {@link OpenLoopResult#summary()} and the latency histogram (HdrHistogram, compressed, base64), so that the bench
 * JVM computes the percentiles from the full histogram.
 */
public record LoadOutcome(Map<String, Object> summary, String latencyHistogram) {

    public static LoadOutcome of(OpenLoopResult result) {
        return new LoadOutcome(result.summary(), encode(result.latency));
    }

    /** Latencies in nanoseconds, from each request's intended start. */
    public Histogram latency() {
        return decode(latencyHistogram);
    }

    /** A number of the summary, NaN if absent. */
    public double number(String key) {
        return summary.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The load generator JVM's own GC pauses during this load ({@link GcPauses#summary()}). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> generatorJvmGcPauses() {
        return (Map<String, Object>) summary.getOrDefault(OpenLoopResult.GC_PAUSES, Map.of());
    }

    public static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    public static Histogram decode(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException e) {
            throw new IllegalStateException("unreadable histogram from the load generator JVM", e);
        }
    }
}
