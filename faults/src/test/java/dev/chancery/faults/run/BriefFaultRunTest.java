package dev.chancery.faults.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI's short fault run: 1,000 generated articles streamed in through REST, NDJSON batches and the Kafka intake topic
 * while each service is killed with SIGKILL, poison is written to every consumed topic and the broker is restarted,
 * then reconciled exactly as faults/run does.
 */
class BriefFaultRunTest {
    private static final Path HOME = Path.of(System.getProperty("chancery.home", "..")).toAbsolutePath().normalize();

    @Test
    void nothingIsLostDoubledOrProjectedDifferentlyWhileServicesDieAndTheBrokerRestarts() throws Exception {
        Path out = HOME.resolve("faults/target/brief-run.json");
        int exit = new CommandLine(new FaultsMain()).execute("--brief", "--articles", "1000", "--seed", "7",
                "--home", HOME.toString(), "--out", out.toString());

        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertThat(report.path("articles").asInt()).isEqualTo(1000);
        assertThat(report.path("faults")).extracting(f -> f.path("fault").asText())
                .containsExactly("kill -9 ingestion", "kill -9 extraction", "kill -9 verification", "kill -9 query",
                        "poison on every consumed topic", "broker restart");
        assertThat(report.path("lost").asInt()).as("lost").isZero();
        assertThat(report.path("duplicated").asInt()).as("duplicated").isZero();
        assertThat(report.path("projectionDifferences").asInt()).as("projection differences").isZero();
        JsonNode poison = report.path("reconciliation").path("poison");
        assertThat(poison.path("injected").asInt()).as("poison records").isPositive();
        assertThat(poison.path("accounted").asLong()).as("poison dead letters accounted for")
                .isEqualTo(poison.path("expected").asLong());
        assertThat(poison.path("unexplained").asLong()).as("dead letters of good records").isZero();
        assertThat(report.path("result").asText()).isEqualTo("PASS");
        assertThat(exit).isZero();
    }
}
