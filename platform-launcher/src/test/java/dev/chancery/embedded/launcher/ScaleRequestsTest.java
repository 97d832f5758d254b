package dev.chancery.embedded.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code bin/chancery scale} writes for the running launcher, and how it reads the status back. */
class ScaleRequestsTest {
    @TempDir
    Path data;

    @Test
    void aValidRequestIsWrittenWholeAndABadOneNever() throws Exception {
        new ScaleRequests(data).request(" extraction=2,query=1 ");
        assertThat(data.resolve("scale.request")).hasContent("extraction=2,query=1");
        assertThatThrownBy(() -> new ScaleRequests(data).request("ingestion=2")).hasMessageContaining("replicas");
        assertThat(data.resolve("scale.request")).hasContent("extraction=2,query=1");
        assertThat(Files.list(data)).hasSize(1);
    }

    private static final String STATUS = StatusFile.json(List.of(
            line("extraction", 1, "ready"), line("extraction", 2, "starting"), line("query", 1, "ready"),
            line("verification", 1, "ready"), line("verification", 2, "ready")));

    private static String line(String service, int replica, String state) {
        return StatusFile.line(new ServiceInstance(ServiceSpec.named(service), replica, 8000 + replica),
                new Supervision(state, 1, 0, null, null, null));
    }

    @ParameterizedTest(name = "{0}: {1} listed, {2} ready")
    @CsvSource({"extraction, 2, 1", "verification, 2, 2", "query, 1, 1", "ingestion, 0, 0"})
    void countsInstancesAndReadyOnesPerService(String service, long instances, long ready) {
        assertThat(StatusLines.instances(STATUS, service)).isEqualTo(instances);
        assertThat(StatusLines.ready(STATUS, service)).isEqualTo(ready);
    }
}
