package dev.chancery.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of docs/architecture.md, "Threads: blocking and reactive": in the services' and the platform's main code
 * only the named boundary classes wait for a {@code Uni} with {@code .await()}.
 */
class ThreadRuleTest {
    /**
     * Where blocking code may wait for the reactive client: a worker thread's transactions and their statements,
     * the @Blocking batch consumers' one transaction, and the NDJSON batch that stores line by line.
     */
    private static final Set<String> BOUNDARIES = Set.of(
            "platform/src/main/java/dev/chancery/platform/store/BlockingTransactions.java",
            "platform/src/main/java/dev/chancery/platform/store/BlockingSql.java",
            "platform/src/main/java/dev/chancery/platform/kafka/RecordBatch.java",
            "services/ingestion-service/src/main/java/dev/chancery/ingestion/service/BatchIntake.java");
    private static final Pattern AWAIT = Pattern.compile("\\.await\\(\\)");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "return uni.await().indefinitely();   | true",
            "        .await().atMost(TIMEOUT));   | true",
            "// callers never .await() here       | false",
            " * {@code uni.await()} would block    | false",
            "subscribeAndAwait(() -> work)         | false",
            "awaitTermination(10, SECONDS);        | false"})
    void aLineAwaitsOnlyWhenItIsCodeCallingAwait(String line, boolean awaits) {
        assertThat(awaits(line)).isEqualTo(awaits);
    }

    @Test
    void onlyTheBoundaryClassesAwait() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Set<String> awaiting = new TreeSet<>();
        for (Path main : mainSources(root)) {
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(f -> f.toString().endsWith(".java")).filter(ThreadRuleTest::awaits)
                        .forEach(f -> awaiting.add(root.relativize(f).toString().replace('\\', '/')));
            }
        }
        assertThat(awaiting).as("files calling .await() outside the documented boundaries")
                .isSubsetOf(BOUNDARIES);
        assertThat(awaiting).as("the scan found the boundaries, so it read the tree").isNotEmpty();
    }

    private static List<Path> mainSources(Path root) throws IOException {
        try (Stream<Path> services = Files.list(root.resolve("services"))) {
            return Stream.concat(Stream.of(root.resolve("platform")), services)
                    .map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
        }
    }

    private static boolean awaits(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.anyMatch(ThreadRuleTest::awaits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean awaits(String line) {
        String code = line.strip();
        return !code.startsWith("//") && !code.startsWith("*") && AWAIT.matcher(code).find();
    }
}
