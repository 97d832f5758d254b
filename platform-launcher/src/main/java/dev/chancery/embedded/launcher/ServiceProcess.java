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

/** Starts a service instance as its own JVM process with its log in a file, and asks whether it is ready. */
final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess() {
    }

    static Process start(ServiceInstance instance, Path home, Map<String, String> config, List<String> jvmOptions,
            Path logDir) throws IOException {
        ServiceSpec spec = instance.spec();
        Path runner = spec.runner(home);
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: build with 'mvn -B package -DskipTests' first");
        }
        List<String> command = new ArrayList<>();
        Path nice = Path.of("/usr/bin/nice");
        int niceness = spec.background() ? LaunchOptions.backgroundNice() : 0;
        if (niceness > 0 && Files.isExecutable(nice)) {
            command.addAll(List.of(nice.toString(), "-n", Integer.toString(niceness)));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(spec.jvmOptions(jvmOptions));
        command.add("-Dquarkus.http.port=" + instance.port());
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(runner.toString());
        Files.createDirectories(logDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.log(logDir).toFile()));
        // glibc gives busy threads malloc arenas of their own (up to 8 per core): tens of MB resident for nothing
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return builder.start();
    }

    /** Whether {@code /q/health/ready} answers 200; false while the service is not listening yet. */
    static boolean ready(ServiceInstance instance) throws InterruptedException {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }
}
