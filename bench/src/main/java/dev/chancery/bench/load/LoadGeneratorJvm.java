package dev.chancery.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The load generator JVM as the bench JVM sees it: a small JVM of its own ({@link #JVM_OPTIONS}, the bench JVM's
 * class path, {@link LoadMain}), so that the pauses of the bench JVM, which hosts the Kafka broker, no longer stall
 * the open-loop generator. Its output is relayed with a prefix, the start and the end of its loads are signalled
 * (for windows measured in the bench JVM), and its {@link LoadReport} is read when it exits. Closing it kills it if
 * it still runs; the bench's shutdown hook kills it too (it is a descendant). Its spec, report and GC log stay in the
 * phase's directory.
 */
public final class LoadGeneratorJvm implements AutoCloseable {
    /**
     * A small heap and the serial collector: the generator keeps little alive, so young collections are short. Tried
     * instead: no collector at all (Epsilon, 8 GB, about 1.1 GB allocated in a loaded phase): no pause, but the
     * generator took 0.74-0.86 cores instead of 0.52 (every allocation on memory never touched before), which the
     * services then lacked on the saturated machine, so the reads got slower, not faster.
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m", "-XX:+UseSerialGC",
            // C1 only: for a minute's load, C2's compilations cost more CPU than its faster code saves (measured
            // against a stub server: 7.4 CPU-seconds in 45 s instead of 11)
            "-XX:TieredStopAtLevel=1",
            // the drain's JDK client completes each response on CompletableFuture's default executor: with a
            // common pool of one thread (2 cores) that is a new thread per response
            "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2");
    private static final String PREFIX = "[load generator] ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path reportFile;
    private final Thread relay;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    private LoadGeneratorJvm(Process process, Path reportFile) {
        this.process = process;
        this.reportFile = reportFile;
        this.relay = new Thread(this::relayOutput, "load-generator-output");
        relay.setDaemon(true);
        relay.start();
    }

    /** Writes the spec into {@code dir} and starts the JVM. */
    public static LoadGeneratorJvm start(LoadSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path specFile = dir.resolve("spec.json");
        Path reportFile = dir.resolve("report.json");
        Files.deleteIfExists(reportFile);
        JSON.writeValue(specFile.toFile(), spec);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        // what each pause was (young or full) and whether it waited for a CPU (real time beyond user + sys)
        cmd.add("-Xlog:gc,gc+cpu:file=" + dir.resolve("gc.log"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadMain.class.getName(),
                specFile.toString(), reportFile.toString()));
        return new LoadGeneratorJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start(), reportFile);
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the loads start (the JVM is up and has read the spec). */
    public void awaitLoadsStarted(Duration timeout) throws InterruptedException {
        await(started, "started", timeout);
    }

    /** Waits until every request of the loads has been answered or given up. */
    public void awaitLoadsDone(Duration timeout) throws InterruptedException {
        await(done, "finished", timeout);
    }

    /** Waits for the JVM to exit and reads its report; any failure is an exception that says what went wrong. */
    public LoadReport report(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new IllegalStateException("load generator JVM (pid " + pid() + ") still running after "
                    + timeout.toSeconds() + " s; killed");
        }
        relay.join(5_000);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("load generator JVM exited with " + process.exitValue()
                    + " (its output is above, prefixed " + PREFIX.trim() + ")");
        }
        try {
            return JSON.readValue(reportFile.toFile(), LoadReport.class);
        } catch (IOException e) {
            throw new IllegalStateException("load generator JVM's report " + reportFile + " unreadable: " + e, e);
        }
    }

    private void await(CountDownLatch latch, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!latch.await(100, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                relay.join(5_000); // the signal may still be in the pipe
                if (latch.getCount() == 0) {
                    return;
                }
                throw new IllegalStateException("load generator JVM exited with " + process.exitValue()
                        + " before its loads " + what + " (its output is above, prefixed " + PREFIX.trim() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("load generator JVM (pid " + pid() + ") loads not " + what
                        + " after " + timeout.toSeconds() + " s");
            }
        }
    }

    private void relayOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals(LoadMain.STARTED)) {
                    started.countDown();
                } else if (line.equals(LoadMain.DONE)) {
                    done.countDown();
                } else {
                    System.out.println(PREFIX + line);
                }
            }
        } catch (IOException e) {
            // the process is gone; its exit code tells the rest
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
