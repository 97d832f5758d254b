package dev.chancery.bench.harness;

import java.nio.file.Path;

/**
 * Durations and sizes of one run; {@code --quick} shrinks everything to a smoke run (under 30 s of load);
 * {@code --only-replay} runs the baselines and the replay alone (for working on the rebuild);
 * {@code --only-extraction} runs extraction alone (no platform: the cheapest run).
 */
public record Settings(boolean quick, Path home, Path out, int corpusSize, double extractionWarmup,
        double extractionSeconds, double idleQuerySeconds, double freshnessSeconds, double freshnessRate,
        double queryRate, double e2eWarmup, double e2eSeconds, int e2eBacklog, long replayFacts,
        double replayCapSeconds, long baselineRecords, boolean jfr, boolean skipReplay,
        boolean onlyReplay, boolean onlyExtraction) {

    public static Settings of(boolean quick, Path home, Path out, boolean jfr, boolean skipReplay,
            boolean onlyReplay, boolean onlyExtraction) {
        if (quick) {
            return new Settings(true, home, out, 60, 3, 5, 5, 10, 50, 200, 5, 10, 150, 50_000, 120, 100_000, jfr,
                    skipReplay, onlyReplay, onlyExtraction);
        }
        return new Settings(false, home, out, 400, 10, 20, 20, 60, 50, 200, 20, 60, 400, 1_000_000, 240,
                500_000, jfr, skipReplay, onlyReplay, onlyExtraction);
    }

    /** Whether the platform phases (end to end, freshness, query latency) run. */
    public boolean platformPhases() {
        return !onlyReplay && !onlyExtraction;
    }

    /** Whether the baselines and the replay run. */
    public boolean replayPhases() {
        return !skipReplay && !onlyExtraction;
    }
}
