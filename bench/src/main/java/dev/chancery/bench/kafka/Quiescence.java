package dev.chancery.bench.kafka;

import dev.chancery.bench.harness.Results;

/** Waits, bounded, until every consumer group has caught up with the fact topics; reports what is left. */
public final class Quiescence {
    private final ConsumerLag lag;
    private final Results results;

    public Quiescence(ConsumerLag lag, Results results) {
        this.lag = lag;
        this.results = results;
    }

    public void await(int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long left = lag.total();
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            left = lag.total();
        }
        Results.log("pipeline %s (consumer lag %d records)", left == 0 ? "idle" : "still busy after " + maxSeconds
                + " s", left);
        if (left != 0) {
            results.error("the pipeline had not caught up " + maxSeconds + " s after the e2e phase (lag " + left
                    + " records): freshness starts with a backlog");
        }
    }
}
