package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.Results;
import dev.chancery.bench.load.LatencyMs;
import dev.chancery.bench.load.LoadGeneratorJvm;
import dev.chancery.bench.load.LoadOutcome;
import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures and details of a read load, named as the report and the JSON read them. */
final class LoadFigures {
    private LoadFigures() {
    }

    /**
     * {@code benchJvmGc*} (a name kept from when the generator ran in the bench JVM) are the load generator JVM's own
     * pauses, {@code brokerJvmGc*} the bench JVM's over the same window, {@code queryJvmGc*} the query service's
     * collections (young and full: how many, pauses in all).
     */
    static void reads(Results results, String prefix, LoadOutcome r, LoadGeneratorRun.GeneratedLoad load) {
        Map<String, Object> brokerJvmGcPauses = load.brokerJvmGcPauses();
        Histogram h = r.latency();
        double ok = r.number("ok");
        results.figure(prefix + ".offeredPerSec", r.number("offeredPerSec"));
        results.figure(prefix + ".achievedPerSec", r.number("achievedPerSec"));
        results.figure(prefix + ".p50Ms", LatencyMs.at(h, 50));
        results.figure(prefix + ".p90Ms", LatencyMs.at(h, 90));
        results.figure(prefix + ".p99Ms", LatencyMs.at(h, 99));
        results.figure(prefix + ".p999Ms", LatencyMs.at(h, 99.9));
        results.figure(prefix + ".maxMs", LatencyMs.max(h));
        results.figure(prefix + ".errors", r.number("errors"));
        results.figure(prefix + ".meanResponseBytes", ok == 0 ? 0 : r.number("responseBytes") / ok);
        Map<String, Object> generatorPauses = r.generatorJvmGcPauses();
        results.figure(prefix + ".benchJvmGcMaxPauseMs", number(generatorPauses.get("maxMs")));
        results.figure(prefix + ".benchJvmGcPauseMs", number(generatorPauses.get("totalMs")));
        results.figure(prefix + ".brokerJvmGcMaxPauseMs", number(brokerJvmGcPauses.get("maxMs")));
        results.figure(prefix + ".brokerJvmGcPauseMs", number(brokerJvmGcPauses.get("totalMs")));
        load.queryJvmGc().forEach((k, v) -> results.figure(prefix + ".queryJvmGc" + Character.toUpperCase(
                k.charAt(0)) + k.substring(1), number(v)));
        Map<String, Object> d = new LinkedHashMap<>(r.summary());
        d.put("brokerJvmGcPauses", brokerJvmGcPauses);
        d.put("queryJvmGc", load.queryJvmGc());
        d.put("loadGeneratorJvm", LoadGeneratorJvm.JVM_OPTIONS);
        results.detail(prefix, d);
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
