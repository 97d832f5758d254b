package dev.chancery.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bench/run's options: what runs, and where the JSON goes. */
class CommandLineTest {
    private static final Path CWD = Path.of("/tmp/chancery");

    @ParameterizedTest(name = "{0}: out {1}, platform {2}, replay {3}, quick {4}")
    @CsvSource(nullValues = "-", value = {
            "-, /tmp/chancery/bench/results/latest.json, true, true, false",
            "--quick, /tmp/chancery/bench/target/quick.json, true, true, true",
            "--only-replay, /tmp/chancery/bench/target/replay.json, false, true, false",
            "--quick --only-replay, /tmp/chancery/bench/target/replay.json, false, true, true",
            "--only-extraction, /tmp/chancery/bench/target/extraction.json, false, false, false",
            "--skip-replay --jfr, /tmp/chancery/bench/target/skip-replay.json, true, false, false",
            "--home /srv/c --quick, /srv/c/bench/target/quick.json, true, true, true",
            "--out /tmp/x.json --quick, /tmp/x.json, true, true, true",
    })
    void settings(String args, String out, boolean platform, boolean replay, boolean quick) {
        CommandLine c = CommandLine.parse(args == null ? new String[0] : args.split(" "), CWD);
        assertThat(c.settings().out()).isEqualTo(Path.of(out));
        assertThat(c.settings().platformPhases()).isEqualTo(platform);
        assertThat(c.settings().replayPhases()).isEqualTo(replay);
        assertThat(c.settings().quick()).isEqualTo(quick);
        assertThat(c.settings().corpusSize()).isEqualTo(quick ? 60 : 400);
        assertThat(c.extractionChild()).isFalse();
    }

    @ParameterizedTest(name = "{0}: child {1}, serve {2} s")
    @CsvSource({"--extraction-child --quick, true, 0", "--serve 600, false, 600"})
    void sideCommands(String args, boolean child, int serveSeconds) {
        CommandLine c = CommandLine.parse(args.split(" "), CWD);
        assertThat(c.extractionChild()).isEqualTo(child);
        assertThat(c.serveSeconds()).isEqualTo(serveSeconds);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"--skip-replay --only-replay", "--only-extraction --only-replay", "--fast", "--out", "--serve"})
    void refused(String args) {
        assertThatThrownBy(() -> CommandLine.parse(args.split(" "), CWD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
