package dev.chancery.extraction.eval;

import dev.chancery.extraction.domain.Extractors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes: 0 floors met, 1 below a floor, 2 bad arguments or inputs. Paths are relative to the fixtures. */
class EvaluateCommandTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "--articles articles --expected expected.txt --min-precision 0 --min-recall 0;                 0",
            "--articles articles --expected expected-unreachable.txt;                                     1",
            "--articles articles --expected expected-missing.txt;                                         2",
            "--articles nowhere --expected expected.txt;                                                  2",
            "--plover plover-sample.json --min-event-recall 0 --min-countries 0 --max-overcoding 1;       0",
            "--plover plover-sample.json --min-event-recall 0 --min-countries 0 --max-overcoding -1;      1",
            "--plover missing.json;                                                                       2",
            "--plover plover-sample.json --articles articles;                                             2",
            "--expected expected.txt;                                                                     2",
            "--articles articles --min-recall high;                                                       2",
            "--no-such-option;                                                                            2",
    })
    void exitCodes(String args, int exit) {
        String[] argv = args.trim().split("\\s+");
        for (int i = 1; i < argv.length; i++) {
            if (argv[i - 1].equals("--articles") || argv[i - 1].equals("--expected") || argv[i - 1].equals("--plover")) {
                argv[i] = ReadersTest.FIXTURES.resolve(argv[i]).toString();
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = EvaluateCommand.run(() -> Extractors.EXTRACTOR, new PrintStream(buf, true, StandardCharsets.UTF_8), argv);
        assertThat(rc).as(buf.toString(StandardCharsets.UTF_8)).isEqualTo(exit);
        if (exit < 2) {
            assertThat(buf.toString(StandardCharsets.UTF_8)).contains(exit == 0 ? "ok " : "FAIL ");
        }
    }
}
