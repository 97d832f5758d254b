package dev.chancery.bench.launch;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Pauses (SIGSTOP) and resumes (SIGCONT) processes, so that a baseline has the machine to itself. */
public final class ProcessSignals {
    private ProcessSignals() {
    }

    public static void pause(List<Long> pids) {
        signal("STOP", pids);
    }

    public static void resume(List<Long> pids) {
        signal("CONT", pids);
    }

    private static void signal(String signal, List<Long> pids) {
        for (Long pid : pids) {
            try {
                new ProcessBuilder("kill", "-" + signal, pid.toString()).inheritIO().start().waitFor(10,
                        TimeUnit.SECONDS);
            } catch (Exception e) {
                System.out.println("[bench] kill -" + signal + " " + pid + " failed: " + e);
            }
        }
    }
}
