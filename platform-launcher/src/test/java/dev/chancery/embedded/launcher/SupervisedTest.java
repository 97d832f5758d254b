package dev.chancery.embedded.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Supervision of a real child JVM: killed, it comes back and is counted; closed, it stays down. */
class SupervisedTest {
    private static final RestartPolicy FAST = new RestartPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofMinutes(1));
    private final List<String> log = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @Test
    void aChildKilledWithSigkillIsRestartedCountedAndLoggedAndCloseStopsItForGood() throws Exception {
        Path ready = dir.resolve("ready");
        try (Supervised child = readyChild(ready)) {
            long first = child.supervision().pid();
            assertThat(Files.readString(ready)).isEqualTo(Long.toString(first));

            ProcessHandle.of(first).orElseThrow().destroyForcibly();
            Supervision healed = await(child, s -> s.state().equals("ready") && s.pid() != first);

            assertThat(healed.restarts()).isEqualTo(1);
            assertThat(healed.lastExit()).isEqualTo(137);
            assertThat(healed.lastHealed()).isPositive();
            assertThat(Files.readString(ready)).isEqualTo(Long.toString(healed.pid()));
            assertThat(log).hasSize(2);
            assertThat(log.get(0)).contains("child exited with code 137", "restart 1", "attempt 1", "in 0.1 s");
            assertThat(log.get(1)).startsWith("child is ready again, ").endsWith(" s after it exited");
            child.close();
            assertThat(ProcessHandle.of(healed.pid())).isEmpty();
            Thread.sleep(300);
            assertThat(child.supervision()).extracting(Supervision::state, Supervision::restarts)
                    .containsExactly("stopped", 1);
        }
    }

    @Test
    void aChildThatExitsOnceSupervisionIsStoppingIsNotRestarted() throws Exception {
        try (Supervised child = readyChild(dir.resolve("ready"))) {
            long pid = child.supervision().pid();
            // as Ctrl-C in a terminal does: the child gets the signal while the platform is stopping
            child.stopSupervising();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            Thread.sleep(500);
            assertThat(child.supervision()).extracting(Supervision::pid, Supervision::restarts)
                    .containsExactly(pid, 0);
            assertThat(log).isEmpty();
        }
    }

    @Test
    void aRestartThatCannotStartTheProcessIsRetriedWithBackoff() throws Exception {
        Path ready = dir.resolve("ready");
        AtomicInteger launches = new AtomicInteger();
        ProcessBuilder sleeper = child(ready.toString());
        try (Supervised child = new Supervised("child", () -> {
            Files.deleteIfExists(ready);
            if (launches.incrementAndGet() == 2) {
                throw new IOException("runner missing");
            }
            return sleeper.start();
        }, () -> Files.exists(ready), FAST, log::add, () -> { })) {
            child.awaitFirstReady(Duration.ofSeconds(30));
            long first = child.supervision().pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly();

            Supervision healed = await(child, s -> s.state().equals("ready") && s.pid() != first);
            assertThat(healed.restarts()).isEqualTo(2);
            assertThat(launches).hasValue(3);
            assertThat(log.get(1)).contains("child could not be started (runner missing); restart 2 (attempt 2",
                    "in 0.2 s");
        }
    }

    @Test
    void aChildThatExitsBeforeItIsReadyFailsTheStartInsteadOfLooping() {
        try (Supervised child = supervise("exit=3", dir.resolve("never"))) {
            assertThatThrownBy(() -> child.awaitFirstReady(Duration.ofSeconds(30)))
                    .hasMessageContaining("child exited with 3 before it was ready");
            assertThat(child.supervision().restarts()).isZero();
        }
    }

    /** A sleeping child, once it has written its pid to {@code ready}. */
    private Supervised readyChild(Path ready) throws Exception {
        Supervised child = supervise(ready.toString(), ready);
        child.awaitFirstReady(Duration.ofSeconds(30));
        return child;
    }

    private static ProcessBuilder child(String argument) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SleepingChild.class.getName(), argument).inheritIO();
    }

    private Supervised supervise(String argument, Path ready) {
        ProcessBuilder builder = child(argument);
        return new Supervised("child", () -> {
            Files.deleteIfExists(ready);
            return builder.start();
        }, () -> Files.exists(ready), FAST, log::add, () -> { });
    }

    private static Supervision await(Supervised child, Predicate<Supervision> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.test(child.supervision()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return child.supervision();
    }
}
