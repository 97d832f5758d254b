package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.Results;
import dev.chancery.bench.load.OpenLoopSchedule;
import dev.chancery.bench.load.Visibility;

import java.io.IOException;

/** A short, gentle warm-up so that every service has loaded its classes and opened its connections. */
final class WarmUp {
    private final PlatformUnderTest p;

    WarmUp(PlatformUnderTest platform) {
        this.p = platform;
    }

    void run(int articles, double rate) throws Exception {
        Visibility v = new Visibility();
        OpenLoopSchedule schedule = new OpenLoopSchedule(rate, articles / rate);
        long start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            long wait = schedule.dueNanos(start, i) - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                TrackedArticles.Posted posted = p.post();
                if (posted.id() != null) {
                    v.register(posted.id(), posted.acceptedNanos(), posted.gatherings());
                }
            } catch (IOException e) {
                p.results().error("warm-up: POST failed: " + e);
            }
        }
        v.drain(p.client(), p::invitationsUrl, 90, 100);
        Results.log("warm-up: %d articles posted, %d visible, %d not seen", articles, v.visibleCount(),
                v.pendingCount());
    }
}
