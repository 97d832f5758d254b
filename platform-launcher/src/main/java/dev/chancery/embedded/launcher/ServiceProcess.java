package dev.chancery.embedded.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service running as its own JVM process, with its log in a file, stopped with SIGTERM. */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceSpec spec;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, Process process, int port, Path log) {
        this.spec = spec;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServiceProcess start(ServiceSpec spec, Path home, int port, Map<String, String> config, List<String> jvmOptions,
            Path logDir) throws IOException {
        Path runner = spec.runner(home);
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: build with 'mvn -B install -DskipTests' first");
        }
        List<String> command = new ArrayList<>();
        Path nice = Path.of("/usr/bin/nice");
        int niceness = spec.background() ? LaunchOptions.backgroundNice() : 0;
        if (niceness > 0 && Files.isExecutable(nice)) {
            command.addAll(List.of(nice.toString(), "-n", Integer.toString(niceness)));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(spec.jvmOptions(jvmOptions));
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(runner.toString());
        Files.createDirectories(logDir);
        Path log = logDir.resolve(spec.name() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // glibc gives busy threads malloc arenas of their own (up to 8 per core): tens of MB resident for nothing
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        return new ServiceProcess(spec, process, port, log);
    }

    String url() {
        return "http://localhost:" + port;
    }

    ServiceSpec spec() {
        return spec;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /q/health/ready} answers 200, or fails with the log's location. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(spec.name() + " not ready after " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
