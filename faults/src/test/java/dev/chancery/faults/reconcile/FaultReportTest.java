package dev.chancery.faults.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's verdict from the reconciliation, the faults' healing and errors; its JSON and its table. */
class FaultReportTest {

    @ParameterizedTest(name = "reconciled {0}, every fault healed {1}, errors {2}: {3}")
    @CsvSource({
            "true,  true,  false, PASS",
            "false, true,  false, FAIL",
            "true,  false, false, FAIL",
            "true,  true,  true,  FAIL"})
    void verdict(boolean reconciled, boolean healed, boolean errors, String result) throws Exception {
        Sent sent = new Sent(Map.of("rest", Set.of("a", "b")));
        Observed seen = new Observed(reconciled ? Map.of("a", 1, "b", 1) : Map.of("a", 1),
                Map.of("a@1", 1, "b@1", 1), Set.of("1"),
                Set.of(), Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), List.of());
        List<Heal> faults = List.of(new Heal("kill -9 query", 4.2, healed ? 9.5 : null));
        FaultReport report = FaultReport.of("2026-12-07T13:00:00Z", "abc", 7, 2, 60, faults,
                Reconciliation.of(sent, seen), List.of("query: 9 requests, 0 failures"), List.of("broker restart"),
                errors ? List.of("fuzz query: 500 on GET /x") : List.of());

        assertThat(report.result()).isEqualTo(result);
        JsonNode json = new ObjectMapper().readTree(ReportJson.text(report));
        assertThat(json.path("result").asText()).isEqualTo(result);
        assertThat(json.path("lost").asInt()).isEqualTo(reconciled ? 0 : 1);
        assertThat(json.path("faults").get(0).path("fault").asText()).isEqualTo("kill -9 query");
        assertThat(json.path("reconciliation").path("stages").get(0).path("lostSample"))
                .hasSize(reconciled ? 0 : 1);
        String table = ReportTable.text(report);
        assertThat(table).contains("kill -9 query", "4.2 s", healed ? "9.5 s" : "never",
                "fuzz query: 9 requests, 0 failures", "not in this run: broker restart", result + ": " + (reconciled ? 0 : 1) + " lost");
    }
}
