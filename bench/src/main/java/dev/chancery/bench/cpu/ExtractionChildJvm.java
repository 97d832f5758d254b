package dev.chancery.bench.cpu;

import dev.chancery.bench.BenchMain;
import dev.chancery.bench.harness.Corpus;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.embedded.launcher.LaunchOptions;
import dev.chancery.embedded.launcher.ServiceSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Extraction alone on one thread in a child JVM with exactly the extraction service's options (its heap, collector, JIT). */
public final class ExtractionChildJvm {
    /** Prefix of the child's one result line: articles/s and sentences/s follow. */
    static final String RESULT = "EXTRACTION-CHILD ";

    private ExtractionChildJvm() {
    }

    /** In the bench JVM: starts the child, records extraction.c1.* from its result line. */
    public static void measure(Settings settings, Results results) throws Exception {
        List<String> options = ServiceSpec.named("extraction").jvmOptions(LaunchOptions.DEFAULT_JVM_OPTIONS);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName(),
                "--extraction-child", "--home", settings.home().toString()));
        if (settings.quick()) {
            cmd.add("--quick");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                result = line.startsWith(RESULT) ? line : result;
            }
        }
        p.waitFor(5, TimeUnit.MINUTES);
        if (result == null) {
            throw new IllegalStateException("the child JVM printed no result (exit " + p.exitValue() + ")");
        }
        String[] f = result.substring(RESULT.length()).split(" ");
        results.figure("extraction.c1.articlesPerSec", Double.parseDouble(f[0]));
        results.figure("extraction.c1.sentencesPerSec", Double.parseDouble(f[1]));
        Results.log("extraction alone, 1 thread, the extraction service's JVM options %s: %.1f articles/s", options,
                Double.parseDouble(f[0]));
    }

    /** In the child JVM ({@code --extraction-child}): measures, prints the one result line. */
    public static void child(Settings settings) throws Exception {
        ExtractionAlone alone = new ExtractionAlone(Corpus.generate(Math.min(200, settings.corpusSize()), 42));
        Results r = new Results();
        alone.measure(r, "x.", 1, settings.extractionWarmup(), settings.extractionSeconds());
        System.out.println(RESULT + r.get("x.articlesPerSec") + " " + r.get("x.sentencesPerSec"));
    }
}
