package dev.chancery.extraction.eval;

import dev.chancery.extraction.domain.Extractors;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the real seeds and PLOVER records when the shared folder is beside the repository (../shared) or at
 * /work/shared, and prints the figures. Asserts only structure: the extractor's scores move while it is worked on.
 */
class RealTextEvaluationTest {
    private static final Path SHARED = Stream.of(Path.of("../../../shared"), Path.of("/work/shared"))
            .filter(p -> Files.isDirectory(p.resolve("seeds"))).findFirst().orElse(null);

    @Test
    void theThreeSeedsAreScored() throws IOException {
        assumeTrue(SHARED != null, "no shared folder with the seeds");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new ArticleEvaluation(0, 0).run(SHARED.resolve("seeds"), Path.of("corpus/seeds/expected.txt"),
                Extractors.EXTRACTOR, new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        String report = buf.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(report).contains("3 scored").contains("000_").contains("001_").contains("002_").contains("total");
    }

    @Test
    void thePloverRecordsAreScored() throws IOException {
        Path file = SHARED == null ? null : SHARED.resolve("eval/plover-gsr-dev.json");
        assumeTrue(file != null && Files.isRegularFile(file), "no PLOVER file in the shared folder");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new PloverEvaluation(0, 0, 1).run(file, Extractors.EXTRACTOR, new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        String report = buf.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(report).containsPattern("== PLOVER: \\d+ records, \\d+ in scope");
        assertThat(PloverReader.read(file)).allSatisfy(r -> assertThat(r.id()).isNotBlank());
    }
}
