package dev.chancery.bench.harness;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each row of the table: the measured figure beside its baseline, their ratio, and PASS/MISS against the target. */
class ReportTest {

    @ParameterizedTest(name = "{0} -> {1}: {2} / {3} = {4}, {5}")
    @CsvSource(nullValues = "-", value = {
            // end to end >= 0.60 x extraction alone on all cores: the boundary passes, just under it misses
            "e2e.articlesPerSec=28.5 extraction.nt.articlesPerSec=605, e2e.throughput, 28.5, 605.0, 0.047, MISS",
            "e2e.articlesPerSec=363 extraction.nt.articlesPerSec=605, e2e.throughput, 363.0, 605.0, 0.6, PASS",
            "e2e.articlesPerSec=362.9 extraction.nt.articlesPerSec=605, e2e.throughput, 362.9, 605.0, 0.6, MISS",
            "e2e.articlesPerSec=400 extraction.nt.articlesPerSec=605, e2e.throughput, 400.0, 605.0, 0.661, PASS",
            "extraction.nt.articlesPerSec=605, e2e.throughput, -, 605.0, -, NOT MEASURED",
            "e2e.articlesPerSec=28.5 extraction.nt.articlesPerSec=0, e2e.throughput, 28.5, 0.0, -, NOT MEASURED",
            // measured figures are kept to two places, ratios to three
            "e2e.articlesPerSec=28.456 extraction.nt.articlesPerSec=605, e2e.throughput, 28.46, 605.0, 0.047, MISS",
            // invitations p99 <= 25 ms while ingesting, beside the idle platform's p99
            "query.load.p99Ms=25 query.idle.p99Ms=5, query.p99, 25.0, 5.0, 5.0, PASS",
            "query.load.p99Ms=25.01 query.idle.p99Ms=5, query.p99, 25.01, 5.0, 5.002, MISS",
            "query.steady.p99Ms=12.5 query.idle.p99Ms=4, steady.query.p99, 12.5, 4.0, 3.125, PASS",
            "query.load.p50Ms=3 query.idle.p50Ms=2, query.p50, 3.0, 2.0, 1.5, -",
            // freshness p99 <= 2 s at 50 articles/s where that is within the measured capacity, no target beyond it
            "freshness.p99Ms=2000 freshness.offeredPerSec=50 e2e.articlesPerSec=60 extraction.1t.msPerArticle=2.46,"
                    + " freshness.p99, 2000.0, 2.46, 813.008, PASS",
            "freshness.p99Ms=2000.5 freshness.offeredPerSec=50 e2e.articlesPerSec=50 extraction.1t.msPerArticle=2.46,"
                    + " freshness.p99, 2000.5, 2.46, 813.211, MISS",
            "freshness.p99Ms=9000 freshness.offeredPerSec=50 e2e.articlesPerSec=31 extraction.1t.msPerArticle=2.46,"
                    + " freshness.p99, 9000.0, 2.46, 3658.537, -",
            // and at half the capacity, always
            "steady.freshness.p99Ms=2100 extraction.1t.msPerArticle=2.46, steady.freshness.p99, 2100.0, 2.46, 853.659,"
                    + " MISS",
            // platform overhead: machine CPU per article minus extraction alone's (2 threads at 400/s: 5 ms) <= 15 ms
            "e2e.cpuMsPerArticle.machine=20 extraction.nt.articlesPerSec=400 extraction.threads=2, e2e.overhead, 15.0,"
                    + " 5.0, 3.0, PASS",
            "e2e.cpuMsPerArticle.machine=60.1 extraction.nt.articlesPerSec=400 extraction.threads=2, e2e.overhead,"
                    + " 55.1, 5.0, 11.02, MISS",
            "e2e.cpuMsPerArticle.machine=60.1, e2e.overhead, -, -, -, NOT MEASURED",
            "e2e.cpuMsPerArticle.machine=71.7 extraction.1t.msPerArticle=2.46, e2e.cpu.machine, 71.7, 2.46, 29.146, -",
            // replay >= 0.50 x COPY of the same rows
            "replay.factsPerSec=9020 copy.rowsPerSec=18040, replay, 9020.0, 18040.0, 0.5, PASS",
            "replay.factsPerSec=6067 copy.rowsPerSec=18040, replay, 6067.0, 18040.0, 0.336, MISS",
            // all threads against one core times the threads
            "extraction.nt.articlesPerSec=540 extraction.1t.articlesPerSec=300 extraction.threads=2,"
                    + " extraction.nt.articles, 540.0, 600.0, 0.9, -",
            // peak RSS within its budget: 300 MB, extraction its 384 MB heap (the parser's models) + 150 MB
            "memory.query.peakMB=301, memory.query, 301.0, 300.0, 1.003, MISS",
            "memory.extraction.peakMB=500, memory.extraction, 500.0, 534.0, 0.936, PASS",
            "memory.extraction.peakMB=600, memory.extraction, 600.0, 534.0, 1.124, MISS",
            "memory.ingestion.peakMB=300, memory.ingestion, 300.0, 300.0, 1.0, PASS",
    })
    void row(String figures, String id, Double measured, Double baseline, Double ratio, String result) {
        Results results = new Results();
        for (String f : figures.split(" ")) {
            String[] kv = f.split("=");
            results.figure(kv[0], Double.parseDouble(kv[1]));
        }
        Map<String, Object> row = new Report(results).rows().stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow();
        assertThat(row.get("measured")).isEqualTo(measured);
        assertThat(row.get("baselineValue")).isEqualTo(baseline);
        assertThat(row.get("ratio")).isEqualTo(ratio);
        assertThat(row.get("result")).isEqualTo(result);
    }
}
