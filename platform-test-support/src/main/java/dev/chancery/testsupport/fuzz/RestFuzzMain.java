package dev.chancery.testsupport.fuzz;

import dev.chancery.embedded.JwtKeys;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The long fuzz run against running services, for the fault suite: {@code RestFuzzMain <jwt key dir> <seed>
 * <values per parameter> name=url...}; prints each service's summary and exits 1 when any answer broke a rule.
 */
public final class RestFuzzMain {
    private RestFuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: RestFuzzMain <jwt key dir> <seed> <values per parameter> name=url...");
            System.exit(2);
        }
        int values = Integer.parseInt(args[2]);
        FuzzPlan plan = new FuzzPlan(AuthMatrix.of(JwtKeys.in(Path.of(args[0])).privateKey()), values, values * 5,
                Long.parseLong(args[1]));
        List<FuzzReport> reports = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] service = args[i].split("=", 2);
            FuzzReport report = new RestFuzzer(URI.create(service[1])).run(service[0], plan);
            System.out.println(report.summary());
            reports.add(report);
        }
        System.exit(reports.stream().allMatch(r -> r.failures().isEmpty()) ? 0 : 1);
    }
}
