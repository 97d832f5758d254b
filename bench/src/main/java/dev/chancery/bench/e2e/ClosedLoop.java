package dev.chancery.bench.e2e;

import dev.chancery.bench.load.Visibility;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The e2e phase's closed loop: posters keeping a bounded backlog of articles not yet visible, one poller. */
final class ClosedLoop implements AutoCloseable {
    private final PlatformUnderTest p;
    private final Visibility v;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong rejected = new AtomicLong();
    private final ExecutorService pool;
    private final List<Future<?>> futures = new ArrayList<>();

    /**
     * {@code posters} threads keep at most {@code backlog} articles posted but not yet visible (so the pipeline is
     * saturated without an unbounded queue); one poller reads the invitations of the gatherings pending articles wait
     * on, ten reads a second.
     */
    ClosedLoop(PlatformUnderTest platform, Visibility visibility, int posters, int backlog) {
        this.p = platform;
        this.v = visibility;
        this.pool = Executors.newFixedThreadPool(posters + 1);
        for (int t = 0; t < posters; t++) {
            futures.add(pool.submit(() -> {
                while (!stop.get()) {
                    if (v.pendingCount() >= backlog) {
                        Thread.sleep(5);
                    } else {
                        postOne();
                    }
                }
                return null;
            }));
        }
        futures.add(pool.submit(() -> {
            while (!stop.get()) {
                for (String g : v.pendingGatherings()) {
                    if (stop.get()) {
                        break;
                    }
                    v.poll(p.client(), p.invitationsUrl(g));
                    Thread.sleep(100);
                }
                Thread.sleep(10);
            }
            return null;
        }));
    }

    private void postOne() throws Exception {
        TrackedArticles.Posted posted;
        try {
            posted = p.post();
        } catch (IOException e) {
            if (rejected.incrementAndGet() <= 3) {
                p.results().error("e2e: POST failed: " + e);
            }
            return;
        }
        if (posted.id() != null) {
            v.register(posted.id(), posted.acceptedNanos(), posted.gatherings());
        } else if (rejected.incrementAndGet() <= 3) {
            p.results().error("e2e: POST answered " + posted.status() + " " + OneLine.of(posted.body()));
        }
    }

    /** Stops posting and polling, and waits for the threads. */
    @Override
    public void close() {
        stop.set(true);
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                p.results().error("e2e", e);
            }
        }
        pool.shutdown();
    }
}
