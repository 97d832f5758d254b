package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services: its name, module directory, default HTTP port and maximum heap. Outside the heap each JVM
 * holds about 130 MB (query about 200 MB: Hibernate's metaspace, symbols; measured with native memory tracking), so a
 * 128 MB heap keeps ingestion and verification near their 300 MB budget. Extraction takes 384 MB: the dependency parser
 * it loads on first use (CoreNLP tagger and UD parser, docs/extraction.md "Syntax") holds about 200 MB, and the
 * extractor measured 242 MB of heap in use after a full collection with it loaded (39 MB without), so 384 MB leaves
 * ~140 MB for a batch of 100 articles and Quarkus, under the 512 MB ceiling. The query service keeps 160 MB for
 * its rebuilds: outside its heap it holds about 207 MB (Hibernate's metaspace, symbols), so at 96-104 MB (299-304 MB
 * resident instead of 360) a rebuild of a million facts ran 500 full collections and fell to 0.24-0.28 of the COPY
 * rate. {@code background}: a stage that only consumes topics (nobody waits on a request of it), run at a lower CPU
 * priority where the machine is shared ({@link LaunchOptions#backgroundNice()}). {@code collector}: the serial
 * collector costs least CPU and memory; the query service takes the parallel one, whose adaptive generation sizes
 * stopped the serial collector's run of full collections in a rebuild (546 full collections, 52 s of pauses in a
 * million-fact replay, against 210 and 37 s) and whose pauses, on two threads, are shorter for the reads.
 */
public record ServiceSpec(String name, String module, int defaultPort, String maxHeap, boolean background,
        String collector, Jit jit) {
    static final String SERIAL = "-XX:+UseSerialGC";
    static final String PARALLEL = "-XX:+UseParallelGC";
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("query", "services/query-service", 8080, "160m", false, PARALLEL, Jit.C1),
            new ServiceSpec("ingestion", "services/ingestion-service", 8081, "128m", false, SERIAL, Jit.C1),
            new ServiceSpec("extraction", "services/extraction-service", 8082, "384m", true, SERIAL, Jit.C1),
            new ServiceSpec("verification", "services/verification-service", 8083, "128m", true, SERIAL, Jit.C1));

    /**
     * How far the JIT compiles the service's code: C1 only (quick to compile, little memory, code about half as fast)
     * or both tiers, C2 for the hot code; a {@code -XX:TieredStopAtLevel} among the given options wins. Chosen per
     * service from the bench's CPU per article and peak RSS (bench/README.md, "JIT per service"), and today C1 for
     * all four: C2 made the extractor 1.8x faster (123.7 against 67.9 articles/s, its JVM options otherwise) but
     * added 55 MB of peak RSS (C2's arenas and code), and in the platform extraction reached 557 MB (its budget, heap
     * + 150 MB, is 534) and verification 321 MB (budget 300, no CPU saved within a 60 s window). C2 for the NLP code
     * only (compiler directives excluding every other package from C2) ran the extractor at full C2 speed (148
     * against 149 articles/s) and the platform at 46 instead of 39 articles/s, but extraction still peaked at 560 MB
     * (native memory tracking: 64 MB of metaspace and 25 MB of code beside the 384 MB heap), and 550 MB with a heap
     * kept within 10-20 % of its live data, whose full collections cost more CPU than C2 saved (bench/README.md).
     */
    public enum Jit {
        C1, C2
    }

    /** The service of that name. */
    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    /**
     * This service's JVM options: its maximum heap first (so that an {@code -Xmx} among {@code given} wins), then its
     * collector unless {@code given} chooses one (the JVM refuses two), its JIT's limit, then {@code given}.
     */
    public List<String> jvmOptions(List<String> given) {
        List<String> options = new java.util.ArrayList<>();
        options.add("-Xmx" + maxHeap);
        if (given.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) {
            options.add(collector);
        }
        if (jit == Jit.C1) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        options.addAll(given);
        return options;
    }

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runner(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
