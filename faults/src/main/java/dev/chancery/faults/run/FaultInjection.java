package dev.chancery.faults.run;

import dev.chancery.embedded.launcher.EmbeddedPlatform;
import dev.chancery.embedded.launcher.Supervision;

import java.time.Duration;

/** The faults the suite injects into a running platform, each returning when the service serves again. */
final class FaultInjection {
    private static final Duration BACK = Duration.ofMinutes(3);
    private final EmbeddedPlatform platform;

    FaultInjection(EmbeddedPlatform platform) {
        this.platform = platform;
    }

    /**
     * {@code kill -9} of the instance's process (SIGKILL: no shutdown hook runs, nothing is flushed); the seconds
     * until its supervisor had a new process ready, or null if none was within {@link #BACK}.
     */
    Double kill(String instance) throws InterruptedException {
        Supervision before = platform.supervision().get(instance);
        ProcessHandle process = ProcessHandle.of(before.pid())
                .orElseThrow(() -> new IllegalStateException(instance + " has no process " + before.pid()));
        long t0 = System.nanoTime();
        process.destroyForcibly();
        long deadline = t0 + BACK.toNanos();
        while (System.nanoTime() < deadline) {
            Supervision now = platform.supervision().get(instance);
            if (now.restarts() > before.restarts() && "ready".equals(now.state())) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** Restarts the broker in place; the seconds it was away. */
    double restartBroker() {
        long t0 = System.nanoTime();
        platform.restartBroker();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Restarts PostgreSQL (fast shutdown, or with {@code crash} SIGKILL of the postmaster); seconds it was away. */
    double restartPostgres(boolean crash) throws Exception {
        long t0 = System.nanoTime();
        platform.restartPostgres(crash);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Scales the service to {@code replicas}; seconds until every new replica was ready (scaling down: stopped). */
    double scale(String service, int replicas) throws Exception {
        long t0 = System.nanoTime();
        platform.scale(service, replicas);
        return (System.nanoTime() - t0) / 1e9;
    }
}
