package dev.chancery.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of a process from /proc/&lt;pid&gt;/status: VmHWM (peak) and VmRSS (now), in kB. */
public final class ProcMemory {
    private ProcMemory() {
    }

    public static long peakKb(long pid) {
        return field(pid, "VmHWM:");
    }

    public static long currentKb(long pid) {
        return field(pid, "VmRSS:");
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
