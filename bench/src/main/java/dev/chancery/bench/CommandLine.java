package dev.chancery.bench;

import dev.chancery.bench.harness.Settings;

import java.nio.file.Path;

/** BenchMain's arguments: the run's settings, or one of the two side commands (the extraction child, serve). */
public record CommandLine(Settings settings, boolean extractionChild, int serveSeconds) {
    public static final String USAGE = "usage: BenchMain [--quick] [--jfr] [--skip-replay | --only-replay |"
            + " --only-extraction] [--home DIR] [--out FILE] [--serve SECONDS]";

    /** Parses {@code args}; an unknown option, or options that exclude each other, is an IllegalArgumentException. */
    public static CommandLine parse(String[] args, Path cwd) {
        boolean quick = false, jfr = false, skipReplay = false, onlyReplay = false, onlyExtraction = false;
        boolean child = false;
        int serveSeconds = 0;
        Path home = cwd.toAbsolutePath().normalize();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--jfr" -> jfr = true;
                case "--skip-replay" -> skipReplay = true;
                case "--only-replay" -> onlyReplay = true;
                case "--only-extraction" -> onlyExtraction = true;
                case "--home" -> home = Path.of(value(args, ++i)).toAbsolutePath().normalize();
                case "--out" -> out = Path.of(value(args, ++i)).toAbsolutePath().normalize();
                case "--extraction-child" -> child = true;
                case "--serve" -> serveSeconds = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if ((skipReplay ? 1 : 0) + (onlyReplay ? 1 : 0) + (onlyExtraction ? 1 : 0) > 1) {
            throw new IllegalArgumentException("--skip-replay, --only-replay and --only-extraction exclude each other");
        }
        if (out == null) {
            // only a full run replaces the committed results: a partial one is not comparable with them
            out = home.resolve(onlyReplay ? "bench/target/replay.json" : onlyExtraction
                    ? "bench/target/extraction.json" : quick ? "bench/target/quick.json" : skipReplay
                    ? "bench/target/skip-replay.json" : "bench/results/latest.json");
        }
        return new CommandLine(Settings.of(quick, home, out, jfr, skipReplay, onlyReplay, onlyExtraction), child,
                serveSeconds);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
