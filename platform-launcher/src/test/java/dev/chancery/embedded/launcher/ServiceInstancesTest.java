package dev.chancery.embedded.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which instances run, on which ports and under which names, and how the status file shows them. */
class ServiceInstancesTest {
    private static LaunchOptions options(Map<String, Integer> ports, Map<String, Integer> replicas) {
        return new LaunchOptions(Path.of("."), Path.of(".chancery"), ports, 0, 0, false, LaunchOptions.DEFAULT_JVM_OPTIONS,
                replicas);
    }

    @ParameterizedTest(name = "--replicas {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "'';  query:8080 ingestion:8081 extraction:8082 verification:8083",
            "extraction=2; query:8080 ingestion:8081 extraction:8082 extraction-2:8182 verification:8083",
            "3; query:8080 query-2:8180 query-3:8280 ingestion:8081 extraction:8082 extraction-2:8182 extraction-3:8282"
                    + " verification:8083 verification-2:8183 verification-3:8283",
    })
    void replicaKListensOnItsServicesPortPlus100PerReplica(String replicas, String expected) {
        assertThat(options(Map.of(), ReplicaCounts.parse(replicas)).instances())
                .extracting(i -> i.name() + ":" + i.port()).containsExactly(expected.split(" "));
    }

    @Test
    void aGivenPortForTheServiceMovesItsReplicasAndOneForAnInstanceWins() {
        var instances = options(Map.of("extraction", 9000, "extraction-3", 9999), Map.of("extraction", 3)).instances();
        assertThat(instances).filteredOn(i -> i.spec().name().equals("extraction"))
                .extracting(ServiceInstance::name, ServiceInstance::port, i -> i.log(Path.of("logs")).toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("extraction", 9000, "logs/extraction.log"),
                        org.assertj.core.groups.Tuple.tuple("extraction-2", 9100, "logs/extraction-2.log"),
                        org.assertj.core.groups.Tuple.tuple("extraction-3", 9999, "logs/extraction-3.log"));
    }

    @Test
    void freePortsAreDistinctForEveryReplica() {
        var instances = LaunchOptions.onFreePorts(Path.of("."), Path.of("d"), false, Map.of("verification", 2))
                .instances();
        assertThat(instances).hasSize(5).extracting(ServiceInstance::port).doesNotHaveDuplicates();
    }

    @Test
    void theStatusLineNamesTheInstanceItsStateRestartsAndHealTime() {
        var instance = new ServiceInstance(ServiceSpec.named("extraction"), 2, 8182);
        var healed = new Supervision("ready", 4242, 3, 137, Instant.parse("2026-12-07T12:00:00Z"),
                Duration.ofMillis(8250));
        assertThat(StatusFile.line(instance, healed)).isEqualTo("{\"name\": \"extraction-2\", \"service\":"
                + " \"extraction\", \"replica\": 2, \"url\": \"http://localhost:8182\", \"state\": \"ready\","
                + " \"pid\": 4242, \"restarts\": 3, \"lastExit\": 137, \"lastExitAt\": \"2026-12-07T12:00:00Z\","
                + " \"lastHealedSeconds\": 8.250}");
        assertThat(StatusFile.line(instance, Supervision.STARTING)).contains("\"state\": \"starting\"",
                "\"restarts\": 0", "\"lastExit\": null", "\"lastExitAt\": null", "\"lastHealedSeconds\": null");
    }
}
