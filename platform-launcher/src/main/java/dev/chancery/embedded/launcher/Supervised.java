package dev.chancery.embedded.launcher;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One process kept running, as Kubernetes keeps a container: whenever it exits (a crash, {@code kill -9}) it is
 * started again after the {@link RestartPolicy}'s delay, logged and counted, until {@link #close()} stops it.
 * A process that exits before it was ever ready is not restarted: the first start fails fast with its reason.
 */
public final class Supervised implements AutoCloseable {
    /** Starts the process. */
    public interface Launch {
        Process start() throws IOException;
    }

    /** Whether the running process is ready to serve. */
    public interface Probe {
        boolean ready() throws InterruptedException;
    }

    private final String name;
    private final Launch launch;
    private final Probe probe;
    private final RestartPolicy policy;
    private final Consumer<String> log;
    private final Runnable changed;
    private final CompletableFuture<Void> firstReady = new CompletableFuture<>();
    private final Thread thread;
    private volatile Process current;
    private volatile boolean stopping;
    private volatile Supervision supervision = Supervision.STARTING;

    /** Starts the process at once, on a thread of its own; {@code changed} runs after every change of state. */
    public Supervised(String name, Launch launch, Probe probe, RestartPolicy policy, Consumer<String> log,
            Runnable changed) {
        this.name = name;
        this.launch = launch;
        this.probe = probe;
        this.policy = policy;
        this.log = log;
        this.changed = changed;
        this.thread = new Thread(this::superviseSafely, "supervise-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    public String name() {
        return name;
    }

    /** What the process is doing, how often it was restarted, and how its last exit went. */
    public Supervision supervision() {
        return supervision;
    }

    /** Waits until the first process is ready; fails if it exited before, or after the timeout. */
    public void awaitFirstReady(Duration timeout) throws Exception {
        try {
            firstReady.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(name + " not ready after " + timeout, e);
        }
    }

    private void superviseSafely() {
        try {
            supervise();
        } catch (InterruptedException closing) {
            // close() interrupts a wait: the process is being stopped
        } catch (RuntimeException | IOException e) {
            firstReady.completeExceptionally(e);
            update(supervision.failed());
            log.accept(name + " is no longer supervised: " + e);
        }
    }

    private void supervise() throws InterruptedException, IOException {
        int attempt = 0;
        Instant exitedAt = null;
        while (true) {
            Instant started = Instant.now();
            int code = -1;
            String exit;
            try {
                Process process = launchUnlessStopping();
                if (process == null) {
                    return;
                }
                code = run(process, exitedAt);
                exit = "exited with code " + code;
            } catch (IOException | RuntimeException e) {
                if (!firstReady.isDone()) {
                    throw e;
                }
                // as a kubelet keeps pulling a missing image: the build may be back by the next attempt
                exit = "could not be started (" + e.getMessage() + ")";
            }
            if (stopping) {
                return;
            }
            exitedAt = Instant.now();
            RestartPolicy.Restart restart = policy.after(attempt, Duration.between(started, exitedAt));
            attempt = restart.attempt();
            update(supervision.exited(code, exitedAt));
            log.accept(String.format("%s %s; restart %d (attempt %d of this crash loop) in %.1f s", name, exit,
                    supervision.restarts(), attempt, restart.delay().toMillis() / 1000.0));
            Thread.sleep(restart.delay().toMillis());
        }
    }

    /** Waits for the process to be ready, then to exit; its exit code. */
    private int run(Process process, Instant exitedAt) throws InterruptedException {
        update(supervision.running(process.pid()));
        if (awaitReady(process)) {
            Duration healed = exitedAt == null ? null : Duration.between(exitedAt, Instant.now());
            update(supervision.ready(healed));
            if (!firstReady.complete(null)) {
                log.accept(String.format("%s is ready again, %.1f s after it exited", name, healed.toMillis() / 1000.0));
            }
        } else if (!firstReady.isDone() && !stopping) {
            throw new IllegalStateException(name + " exited with " + process.waitFor() + " before it was ready");
        }
        return process.waitFor();
    }

    private synchronized Process launchUnlessStopping() throws IOException {
        if (stopping) {
            return null;
        }
        current = launch.start();
        return current;
    }

    /** Polls the probe while the process lives; false when it exited first. */
    private boolean awaitReady(Process process) throws InterruptedException {
        while (process.isAlive() && !stopping) {
            if (probe.ready()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private void update(Supervision next) {
        supervision = next;
        changed.run();
    }

    /**
     * From now on an exit is not restarted. Stopping a whole platform calls this on every instance before it stops
     * any: Ctrl-C in a terminal signals the services too, and one may exit before its own turn comes.
     */
    public void stopSupervising() {
        synchronized (this) {
            stopping = true;
        }
        firstReady.completeExceptionally(new IllegalStateException(name + " was stopped before it was ready"));
        thread.interrupt();
    }

    /** Stops supervising, then the process: SIGTERM, and SIGKILL after 15 s. No restart follows. */
    @Override
    public void close() {
        stopSupervising();
        Process process = current;
        try {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
            thread.join(5_000);
        } catch (InterruptedException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            Thread.currentThread().interrupt();
        }
        update(supervision.stopped());
    }
}
