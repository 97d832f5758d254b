package dev.chancery.faults.run;

import dev.chancery.embedded.launcher.EmbeddedPlatform;
import dev.chancery.testsupport.fuzz.AuthMatrix;
import dev.chancery.testsupport.fuzz.FuzzPlan;
import dev.chancery.testsupport.fuzz.FuzzReport;
import dev.chancery.testsupport.fuzz.RestFuzzer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST fuzzer's long run against the four services of the platform under test, after the reconciliation (its
 * accepted requests would otherwise add articles nobody sent): every operation of every OpenAPI document, the auth
 * matrix, {@link #VALUES} bad values per parameter. Each answer that breaks a rule (a 5xx, a 4xx that is not a
 * problem document) is returned as an error of the run.
 */
final class LongFuzz {
    static final int VALUES = 60;
    private static final List<String> SERVICES = List.of("ingestion", "extraction", "verification", "query");
    private final EmbeddedPlatform platform;

    LongFuzz(EmbeddedPlatform platform) {
        this.platform = platform;
    }

    /** Each service's summary line, and every broken rule as "fuzz service: failure". */
    List<FuzzReport> run(long seed) throws Exception {
        FuzzPlan plan = new FuzzPlan(AuthMatrix.of(platform.keys().privateKey()), VALUES, VALUES * 5, seed);
        List<FuzzReport> reports = new ArrayList<>();
        for (String service : SERVICES) {
            FuzzReport report = new RestFuzzer(URI.create(platform.urls().get(service))).run(service, plan);
            FaultSchedule.log("fuzz %s", report.summary());
            reports.add(report);
        }
        return reports;
    }
}
