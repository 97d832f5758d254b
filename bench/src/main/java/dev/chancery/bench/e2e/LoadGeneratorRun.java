package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.CpuShare;
import dev.chancery.bench.harness.ProcCpu;
import dev.chancery.bench.load.GcPauses;
import dev.chancery.bench.load.LoadGeneratorJvm;
import dev.chancery.bench.load.LoadReport;
import dev.chancery.bench.load.LoadSpec;
import dev.chancery.bench.load.ServiceGc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Runs a load spec in a load generator JVM, with what this side measures over the window of its loads. */
final class LoadGeneratorRun {
    /** What a load generator JVM measured, with what this JVM measured over the same window. */
    record GeneratedLoad(LoadReport report, Map<String, Object> brokerJvmGcPauses, Map<String, Double> cpuCores,
            Map<String, Object> queryJvmGc) {
    }

    private final PlatformUnderTest p;

    LoadGeneratorRun(PlatformUnderTest platform) {
        this.p = platform;
    }

    /**
     * Over the window of the loads (from the generator's signals): this JVM's own pauses (the broker's), the query
     * service's collections (from its metrics) and, with {@code cpu}, the CPU each process used, in cores (the load
     * generator JVM as a group of its own). A failure of that JVM is an exception that says what went wrong.
     */
    GeneratedLoad run(String phase, LoadSpec spec, ProcCpu cpu) throws Exception {
        Path dir = p.settings().home().resolve("bench/target/run/load-generator").resolve(phase);
        try (LoadGeneratorJvm generator = LoadGeneratorJvm.start(spec, dir)) {
            ProcCpu processes = cpu == null ? null : cpu.withLoadGenerator(generator.pid());
            generator.awaitLoadsStarted(Duration.ofSeconds(120));
            Map<String, Double> cpu0 = processes == null ? null : processes.snapshot();
            ServiceGc.Totals queryGc0 = ServiceGc.read(p.http(), p.query());
            long t0 = System.nanoTime();
            Map<String, Object> brokerPauses;
            try (GcPauses pauses = GcPauses.start()) {
                // the generator waits up to 30 s for the last answers after the last request
                generator.awaitLoadsDone(Duration.ofSeconds((long) spec.seconds() + 90));
                brokerPauses = pauses.summary();
            }
            ServiceGc.Totals queryGc1 = ServiceGc.read(p.http(), p.query());
            Map<String, Object> queryGc = queryGc0 == null || queryGc1 == null ? Map.of() : queryGc1.since(queryGc0);
            Map<String, Double> cores = processes == null ? Map.of()
                    : CpuShare.cores(ProcCpu.between(cpu0, processes.snapshot()), (System.nanoTime() - t0) / 1e9);
            LoadReport report = generator.report(Duration.ofSeconds((long) spec.drainSeconds() + 120));
            return new GeneratedLoad(report, brokerPauses, cores, queryGc);
        }
    }
}
