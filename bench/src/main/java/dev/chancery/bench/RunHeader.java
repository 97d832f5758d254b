package dev.chancery.bench;

import dev.chancery.bench.harness.Machine;
import dev.chancery.bench.harness.Report;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a run says about itself: the machine and settings first, the table, errors and the JSON's path last. */
final class RunHeader {
    private RunHeader() {
    }

    static void describe(Results results, Settings settings, Instant started) {
        results.machine.putAll(Machine.describe());
        results.run.put("startedAt", started.toString());
        results.run.put("mode", (settings.quick() ? "quick (smoke run, not the reference figures)" : "full")
                + (settings.onlyReplay() ? ", baselines and replay only" : "")
                + (settings.onlyExtraction() ? ", extraction alone only" : ""));
        results.run.put("settings", settings.toString());
        results.run.put("gitCommit", System.getProperty("bench.git", "unknown"));
    }

    /** Prints the table and the errors, writes the JSON to {@code out}. */
    static void print(Results results, Path out) throws Exception {
        Report report = new Report(results);
        List<Map<String, Object>> rows = report.rows();
        System.out.println();
        System.out.println("Chancery benchmark (" + results.run.get("mode") + "), " + results.machine.get("cores")
                + " cores, " + results.machine.get("memoryTotalMB") + " MB, " + results.machine.get("jdk") + ", "
                + results.machine.get("os") + ", " + results.machine.get("date"));
        System.out.print(report.table());
        if (!results.errors.isEmpty()) {
            System.out.println("\nErrors:");
            results.errors.forEach(e -> System.out.println("  - " + e));
        }
        results.write(out, rows);
        System.out.println("\nwritten: " + out);
    }
}
