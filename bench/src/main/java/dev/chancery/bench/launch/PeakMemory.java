package dev.chancery.bench.launch;

import dev.chancery.bench.harness.ProcMemory;
import dev.chancery.bench.harness.Results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The services' peak resident set (VmHWM) over the whole run: sampled every second, read again at each stop. */
public final class PeakMemory {
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();

    /** Samples {@code pids} every second until the returned thread is interrupted. */
    public Thread sample(Map<String, Long> pids) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                read(pids);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Reads the peaks of {@code pids} now; returns them in MB, by service. */
    public Map<String, Object> read(Map<String, Long> pids) {
        Map<String, Object> peaks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long peak = ProcMemory.peakKb(pid);
            if (peak > 0) {
                peakKb.merge(name, peak, Math::max);
                peaks.put(name, peak / 1024);
            }
        });
        return peaks;
    }

    /** memory.&lt;service&gt;.peakMB for every service seen, and the bench JVM's own. */
    public void record(Results results) {
        peakKb.forEach((name, kb) -> results.figure("memory." + name + ".peakMB", kb / 1024.0));
        results.figure("memory.benchJvm.peakMB", ProcMemory.peakKb(ProcessHandle.current().pid()) / 1024.0);
    }
}
