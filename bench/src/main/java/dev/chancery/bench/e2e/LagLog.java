package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.Results;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** While a phase runs: logs the consumer groups' lag every 10 s and keeps the largest of each group. */
final class LagLog implements AutoCloseable {
    private final Map<String, Long> maxLag = new ConcurrentSkipListMap<>();
    // a flag, not only the interrupt: the lag read may swallow an interrupt that arrives while it waits on Kafka
    private final AtomicBoolean phaseOver = new AtomicBoolean();
    private final Thread thread;

    LagLog(String phase, Supplier<Map<String, Long>> lags) {
        thread = new Thread(() -> {
            try {
                while (!phaseOver.get()) {
                    Thread.sleep(10_000);
                    if (phaseOver.get()) {
                        return;
                    }
                    Map<String, Long> now = lags.get();
                    now.forEach((group, lag) -> maxLag.merge(group, lag, Math::max));
                    Results.log("%s: consumer lag %s", phase, now);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                Results.log("%s: consumer lag not read: %s", phase, e);
            }
        }, "lag-log");
        thread.setDaemon(true);
        thread.start();
    }

    /** The largest lag of each group@topic so far. */
    Map<String, Long> max() {
        return maxLag;
    }

    @Override
    public void close() {
        phaseOver.set(true);
        thread.interrupt();
    }
}
