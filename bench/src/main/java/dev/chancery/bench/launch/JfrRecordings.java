package dev.chancery.bench.launch;

import dev.chancery.bench.harness.Results;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A JFR recording (settings=profile) in each service, started and stopped with jcmd, in bench/target/jfr. */
public final class JfrRecordings {
    private final Path dir;
    private final Results results;

    public JfrRecordings(Path home, Results results) {
        this.dir = home.resolve("bench/target/jfr");
        this.results = results;
    }

    public void start(Map<String, Long> pids, String phase) {
        pids.forEach((service, pid) -> jcmd(service, "start", List.of(pid.toString(), "JFR.start", "name=bench",
                "settings=profile", "filename=" + dir.resolve(phase + "-" + service + ".jfr"))));
    }

    public void stop(Map<String, Long> pids) {
        pids.forEach((service, pid) -> jcmd(service, "stop", List.of(pid.toString(), "JFR.stop", "name=bench")));
    }

    private void jcmd(String service, String action, List<String> args) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder(concat(jcmd.toString(), args)).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(60, TimeUnit.SECONDS);
            Results.log("JFR %s %s: %s", action, service, text.replaceAll("\\s+", " "));
        } catch (Exception e) {
            results.error("JFR " + action + " " + service, e);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
