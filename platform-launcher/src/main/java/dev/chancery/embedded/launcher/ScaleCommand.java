package dev.chancery.embedded.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code chancery scale NAME=N,...}: asks the running {@code up} for replicas and waits until they are ready. */
@Command(name = "scale", description = "Change the replicas of extraction, verification or query in a running 'up'.")
class ScaleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME=N,...", description = "e.g. extraction=2,verification=2 (1 to 3 each), or N for all three")
    String counts;
    @Option(names = "--data", defaultValue = ".chancery", description = "The data directory of the running 'up'.")
    Path data;
    @Option(names = "--seconds", defaultValue = "300", description = "How long to wait for the replicas.")
    long seconds;

    @Override
    public Integer call() throws Exception {
        Path status = data.resolve("status.json");
        if (!Files.exists(status)) {
            System.err.println("no " + status + ": is bin/chancery up running?");
            return 1;
        }
        Map<String, Integer> wanted = ReplicaCounts.parse(counts);
        new ScaleRequests(data).request(counts);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            String text = Files.readString(status);
            if (wanted.entrySet().stream().allMatch(w -> StatusLines.ready(text, w.getKey()) == w.getValue()
                    && StatusLines.instances(text, w.getKey()) == w.getValue())) {
                System.out.print(text);
                return 0;
            }
            Thread.sleep(500);
        }
        System.err.println("not scaled after " + seconds + " s; see the output of bin/chancery up");
        return 1;
    }
}
