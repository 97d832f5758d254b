package dev.chancery.bench.launch;

import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.embedded.launcher.EmbeddedPlatform;
import dev.chancery.embedded.launcher.LaunchOptions;
import dev.chancery.embedded.launcher.ServiceSpec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Starts a phase's platform as bin/chancery up does, with its memory sampler and JFR, and stops it. */
public final class BenchPlatforms {
    private final Settings settings;
    private final Results results;
    private final PeakMemory memory;
    private final JfrRecordings jfr;
    private final Map<EmbeddedPlatform, Thread> samplers = new ConcurrentHashMap<>();

    public BenchPlatforms(Settings settings, Results results, PeakMemory memory) {
        this.settings = settings;
        this.results = results;
        this.memory = memory;
        this.jfr = new JfrRecordings(settings.home(), results);
    }

    /** The started platform, or null (reported) if it did not start. */
    public EmbeddedPlatform start(Path dir, String phase) {
        try {
            Results.log("starting the embedded platform for %s (Kafka, PostgreSQL, four services) in %s", phase, dir);
            long t0 = System.nanoTime();
            EmbeddedPlatform platform = EmbeddedPlatform.start(LaunchOptions.onFreePorts(settings.home(), dir, true));
            PlatformShutdown.onExit(platform);
            results.figure("platform." + phase + ".startSeconds", (System.nanoTime() - t0) / 1e9);
            results.detail("platform." + phase, Map.of("urls", platform.urls(), "pids", platform.pids(),
                    "jvmOptions", ServiceSpec.ALL.stream().collect(Collectors.toMap(ServiceSpec::name,
                            s -> s.jvmOptions(LaunchOptions.DEFAULT_JVM_OPTIONS))), "durable", true));
            Results.log("platform up in %.0f s: %s", (System.nanoTime() - t0) / 1e9, platform.urls());
            samplers.put(platform, memory.sample(platform.pids()));
            if (settings.jfr()) {
                jfr.start(platform.pids(), phase);
            }
            return platform;
        } catch (Throwable e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            results.error("platform for " + phase + " did not start: " + m.replaceAll("\\s+", " "));
            return null;
        }
    }

    /** Reads the services' peak RSS, stops JFR and the platform. */
    public void finish(EmbeddedPlatform platform, String phase) {
        results.detail("memory." + phase + ".peakMB", memory.read(platform.pids()));
        if (settings.jfr()) {
            jfr.stop(platform.pids());
        }
        Thread sampler = samplers.remove(platform);
        if (sampler != null) {
            sampler.interrupt();
        }
        Results.log("stopping the %s platform", phase);
        try {
            PlatformShutdown.close(platform);
        } catch (Exception e) {
            results.error("platform stop", e);
        }
    }
}
