package dev.chancery.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a phase's CPU went, from the CPU seconds each process group used ({@link ProcCpu#between}). */
public final class CpuShare {
    private CpuShare() {
    }

    /** Cores each group kept busy on average over {@code seconds} of wall time. */
    public static Map<String, Double> cores(Map<String, Double> cpuSeconds, double seconds) {
        Map<String, Double> out = new LinkedHashMap<>();
        cpuSeconds.forEach((group, used) -> out.put(group, used / seconds));
        return out;
    }

    /** CPU milliseconds each group spent per article, to 0.1 ms; no article counts as one (so no division by 0). */
    public static Map<String, Double> msPerArticle(Map<String, Double> cpuSeconds, long articles) {
        long n = Math.max(1, articles);
        Map<String, Double> out = new LinkedHashMap<>();
        cpuSeconds.forEach((group, used) -> out.put(group, Math.round(used * 1e4 / n) / 10.0));
        return out;
    }
}
