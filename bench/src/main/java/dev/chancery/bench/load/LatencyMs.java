package dev.chancery.bench.load;

import org.HdrHistogram.Histogram;

/** Percentiles of a latency histogram recorded in nanoseconds, in milliseconds; NaN when nothing was recorded. */
public final class LatencyMs {
    private LatencyMs() {
    }

    /** The value at or below which {@code percentile} % of the recorded values fall (HdrHistogram's definition). */
    public static double at(Histogram nanos, double percentile) {
        return nanos.getTotalCount() == 0 ? Double.NaN : nanos.getValueAtPercentile(percentile) / 1e6;
    }

    public static double max(Histogram nanos) {
        return nanos.getTotalCount() == 0 ? Double.NaN : nanos.getMaxValue() / 1e6;
    }
}
