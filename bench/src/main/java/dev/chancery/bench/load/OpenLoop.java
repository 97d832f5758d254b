package dev.chancery.bench.load;

import org.HdrHistogram.Recorder;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load generator: request i is due at start + i / rate whatever happened to earlier ones, and its
 * latency is measured from that intended start (not from when it was actually sent), so a stall is charged to
 * every request it delayed (no coordinated omission). Bounded: it sends rate x seconds requests and stops; at most
 * {@code maxOutstanding} in flight, a request that cannot be sent within that bound counts as an error.
 */
public final class OpenLoop {
    /** What to do with each response (e.g. scan it for article ids); runs on the HTTP client's threads. */
    public interface ResponseHook {
        void onResponse(int index, LoadHttpClient.Reply response, long receivedNanos, long sentNanos);
    }

    private OpenLoop() {
    }

    public static OpenLoopResult run(double rate, double seconds, int maxOutstanding,
            IntFunction<CompletionStage<LoadHttpClient.Reply>> requests, ResponseHook hook)
            throws InterruptedException {
        try (GcPauses pauses = GcPauses.start()) {
            return run(rate, seconds, maxOutstanding, requests, hook, pauses);
        }
    }

    private static OpenLoopResult run(double rate, double seconds, int maxOutstanding,
            IntFunction<CompletionStage<LoadHttpClient.Reply>> requests, ResponseHook hook, GcPauses pauses)
            throws InterruptedException {
        OpenLoopSchedule schedule = new OpenLoopSchedule(rate, seconds);
        long total = schedule.requests();
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime() + 1_000_000;
        for (int i = 0; i < total; i++) {
            long intended = schedule.dueNanos(start, i);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (outstanding.get() >= maxOutstanding) {
                errors.incrementAndGet();
                statuses.computeIfAbsent(-2, k -> new AtomicLong()).incrementAndGet();
                recorder.recordValue(OpenLoopSchedule.latencyNanos(intended, System.nanoTime()));
                done.countDown();
                continue;
            }
            int index = i;
            outstanding.incrementAndGet();
            long sent = System.nanoTime();
            requests.apply(index).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                outstanding.decrementAndGet();
                recorder.recordValue(OpenLoopSchedule.latencyNanos(intended, now));
                if (failure != null) {
                    errors.incrementAndGet();
                    if (statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet() <= 3) {
                        System.out.println("[bench] request " + index + " failed: " + failure);
                    }
                } else {
                    statuses.computeIfAbsent(response.status(), k -> new AtomicLong()).incrementAndGet();
                    if (response.status() / 100 == 2) {
                        ok.incrementAndGet();
                        bytes.addAndGet(response.body() == null ? 0 : response.body().length);
                    } else {
                        errors.incrementAndGet();
                    }
                    if (hook != null) {
                        try {
                            hook.onResponse(index, response, now, sent);
                        } catch (RuntimeException e) {
                            System.out.println("[bench] response hook failed: " + e);
                        }
                    }
                }
                done.countDown();
            });
        }
        done.await(30, TimeUnit.SECONDS);
        double elapsed = Math.max(seconds, (System.nanoTime() - start) / 1e9);
        Map<Integer, Long> codes = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> codes.put(k, v.get()));
        return new OpenLoopResult(recorder.getIntervalHistogram(), total, ok.get(), errors.get(), codes,
                Math.min(elapsed, seconds + 30), rate, bytes.get(), pauses.summary());
    }
}
