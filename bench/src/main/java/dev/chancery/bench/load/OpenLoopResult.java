package dev.chancery.bench.load;

import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one open-loop load measured: latencies from each request's intended start, answers by status, bytes. */
public final class OpenLoopResult {
    /** Key of the generator JVM's own GC pauses in {@link #summary()}. */
    public static final String GC_PAUSES = "loadGeneratorJvmGcPauses";
    public final Histogram latency;
    public final long sent;
    public final long ok;
    public final long errors;
    public final Map<Integer, Long> statuses;
    public final double seconds;
    public final double offeredPerSec;
    public final long responseBytes;
    /** The own pauses of the JVM the generator runs in, during the load ({@link GcPauses}). */
    public final Map<String, Object> gcPauses;

    OpenLoopResult(Histogram latency, long sent, long ok, long errors, Map<Integer, Long> statuses, double seconds,
            double offered, long responseBytes, Map<String, Object> gcPauses) {
        this.responseBytes = responseBytes;
        this.gcPauses = gcPauses;
        this.latency = latency;
        this.sent = sent;
        this.ok = ok;
        this.errors = errors;
        this.statuses = statuses;
        this.seconds = seconds;
        this.offeredPerSec = offered;
    }

    public double achievedPerSec() {
        return ok / seconds;
    }

    public double ms(double percentile) {
        return LatencyMs.at(latency, percentile);
    }

    public double maxMs() {
        return LatencyMs.max(latency);
    }

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offeredPerSec", offeredPerSec);
        m.put("seconds", seconds);
        m.put("sent", sent);
        m.put("ok", ok);
        m.put("errors", errors);
        m.put("statuses", statuses);
        m.put("achievedPerSec", achievedPerSec());
        m.put("responseBytes", responseBytes);
        m.put("meanResponseBytes", ok == 0 ? 0 : responseBytes / ok);
        m.put("p50Ms", ms(50));
        m.put("p90Ms", ms(90));
        m.put("p99Ms", ms(99));
        m.put("p999Ms", ms(99.9));
        m.put("maxMs", maxMs());
        m.put(GC_PAUSES, gcPauses);
        return m;
    }
}
